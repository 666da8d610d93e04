package org.poliin.core.internal.indicator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.poliin.api.indicator.FunderReportDTO;

/** The funder report as CSV, one row per indicator, in the reader's language. */
public final class FunderReportCsv {

    private FunderReportCsv() {
    }

    public static String write(FunderReportDTO report, Locale locale) {
        boolean romanian = "ro".equals(locale.getLanguage());
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            csv.printRecord(romanian
                    ? new Object[] { "perioada_de_la", "perioada_pana_la", "modul", "nume_modul", "indicator", "denumire", "unitate", "valoare" }
                    : new Object[] { "period_from", "period_to", "module", "module_name", "indicator", "label", "unit", "value" });
            for (FunderReportDTO.ModuleIndicators module : report.modules) {
                for (FunderReportDTO.IndicatorValue indicator : module.indicators) {
                    csv.printRecord(report.from, report.to, module.moduleId, module.moduleName.in(locale),
                            indicator.key, indicator.label.in(locale), indicator.unit,
                            indicator.value == null ? "" : indicator.value.toPlainString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
