package org.poliin.api.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Contributes a module's indicators to the funder report. Register one per module, with the service
 * property {@code poliin.module.id}; the report shows the indicators of every module present.
 *
 * <p>Values are computed by the database (counts, sums and other aggregates over the period), never
 * by loading every row into memory.
 */
@ConsumerType
public interface IndicatorProvider {

    /** The id of the module the indicators belong to. */
    String moduleId();

    /** The indicators, in the order the report shows them. */
    List<IndicatorDefinition> definitions();

    /**
     * The value of every defined indicator for {@code period}, by key. A key left out means the value
     * cannot be computed for that period; the report shows it as not available.
     */
    Map<String, BigDecimal> compute(ReportPeriod period);
}
