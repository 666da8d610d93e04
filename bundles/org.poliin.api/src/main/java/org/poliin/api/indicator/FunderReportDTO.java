package org.poliin.api.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.osgi.dto.DTO;
import org.poliin.api.common.LocalizedText;

/** The funder report: every present module's indicators for one period. */
public class FunderReportDTO extends DTO {

    public LocalDate from;
    public LocalDate to;
    public Instant generatedAt;
    public List<ModuleIndicators> modules;

    /** The indicators of one module. */
    public static class ModuleIndicators extends DTO {
        public String moduleId;
        public LocalizedText moduleName;
        public List<IndicatorValue> indicators;
        /** Why the module's indicators are missing, when its provider failed; null otherwise. */
        public LocalizedText error;
    }

    /** One indicator with its value. */
    public static class IndicatorValue extends DTO {
        public String key;
        public LocalizedText label;
        public String unit;
        public LocalizedText description;
        /** The value; null when it is not available for the period. */
        public BigDecimal value;
    }
}
