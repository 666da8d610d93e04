package org.poliin.vouchers.internal.service;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.poliin.vouchers.internal.ReportDTO;
import org.poliin.vouchers.internal.ReportDTO.ReportRow;

/**
 * The report as CSV (RFC 4180, comma, header line): one line per total, per category and per venue.
 * Columns: section, key, name, vouchers, awarded, spent, remaining; amounts in RON with a point.
 */
public final class ReportCsv {

    public static final String[] HEADER = { "section", "key", "name", "vouchers", "awarded", "spent", "remaining" };

    private ReportCsv() {
    }

    public static String write(ReportDTO report, Locale locale) {
        boolean ro = "ro".equals(locale.getLanguage());
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            csv.printRecord("total", "period", report.from + ".." + report.to, report.vouchersAwarded,
                    plain(report.amountAwarded), plain(report.amountSpent), plain(report.amountRemaining));
            csv.printRecord("total", "beneficiaries", ro ? "beneficiari" : "beneficiaries", report.beneficiaries, "", "", "");
            csv.printRecord("total", "meetings", ro ? "întâlniri ale grupului" : "group meetings", report.meetingsHeld, "",
                    "", "");
            csv.printRecord("total", "attendance-rate", ro ? "rata de participare (%)" : "attendance rate (%)",
                    plain(report.attendanceRatePercent), "", "", "");
            for (ReportRow row : report.byCategory) {
                csv.printRecord("category", row.category.name(), ro ? row.category.label.ro : row.category.label.en,
                        row.vouchers, plain(row.awarded), plain(row.spent), plain(row.remaining));
            }
            for (ReportRow row : report.byVenue) {
                csv.printRecord("venue", row.venueId, row.venueName, row.vouchers, "", plain(row.spent), "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
