package org.poliin.outreach.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.osgi.dto.DTO;

/**
 * One stage-by-stage count of the admission funnel, with its rates in percent (one decimal, null when
 * the denominator is zero).
 */
public class FunnelCounts extends DTO {
    /** Schools in the group. */
    public long schools;
    /** Pupils informed at done visits; 0 for schools not visited. */
    public long pupilsInformed;
    public long applicants;
    public long admitted;
    public long enrolled;
    /** Applicants per 100 pupils informed. */
    public BigDecimal applicantsPer100Pupils;
    /** Applicants per school: comparable between visited and not visited schools. */
    public BigDecimal applicantsPerSchool;
    /** Admitted over applicants. */
    public BigDecimal admittedPercent;
    /** Enrolled over applicants. */
    public BigDecimal enrolledPercent;

    /** Fills the rates from the counts. */
    public FunnelCounts rates() {
        applicantsPer100Pupils = ratio(applicants * 100, pupilsInformed);
        applicantsPerSchool = ratio(applicants, schools);
        admittedPercent = ratio(admitted * 100, applicants);
        enrolledPercent = ratio(enrolled * 100, applicants);
        return this;
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
}
