package org.poliin.api.indicator;

import org.osgi.dto.DTO;
import org.poliin.api.common.LocalizedText;

/** An indicator a module contributes to the funder report. */
public class IndicatorDefinition extends DTO {

    /** Units the report knows how to show; a module may use its own, documented on its page. */
    public static final String UNIT_COUNT = "count";
    public static final String UNIT_PERSONS = "persons";
    public static final String UNIT_PERCENT = "percent";
    public static final String UNIT_RON = "RON";

    /** The key, prefixed with the module id and a dot: {@code outreach.schools-visited}. */
    public String key;
    public LocalizedText label;
    /** The unit of the value, one of the {@code UNIT_} constants or a documented unit of the module. */
    public String unit;
    /** How the value is computed, for the reader of the report. */
    public LocalizedText description;

    public static IndicatorDefinition of(String key, LocalizedText label, String unit, LocalizedText description) {
        IndicatorDefinition definition = new IndicatorDefinition();
        definition.key = key;
        definition.label = label;
        definition.unit = unit;
        definition.description = description;
        return definition;
    }
}
