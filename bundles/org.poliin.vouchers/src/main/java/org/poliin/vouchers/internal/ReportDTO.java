package org.poliin.vouchers.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.osgi.dto.DTO;

/** The module's report for a period: figures, and amounts by category and venue (RON). */
public class ReportDTO extends DTO {
    public LocalDate from;
    public LocalDate to;
    public long vouchersAwarded;
    public long beneficiaries;
    public BigDecimal amountAwarded;
    public BigDecimal amountSpent;
    public BigDecimal amountRemaining;
    public long meetingsHeld;
    public BigDecimal attendanceRatePercent;
    public List<ReportRow> byCategory;
    public List<ReportRow> byVenue;

    /** One line: a category (venue null) or a venue. */
    public static class ReportRow extends DTO {
        public Category category;
        public Long venueId;
        public String venueName;
        public long vouchers;
        public BigDecimal awarded;
        public BigDecimal spent;
        public BigDecimal remaining;
    }
}
