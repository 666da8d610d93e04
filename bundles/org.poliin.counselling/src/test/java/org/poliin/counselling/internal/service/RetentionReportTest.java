package org.poliin.counselling.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.poliin.counselling.internal.EnrolmentStatus;
import org.poliin.counselling.internal.RetentionReportDTO;
import org.poliin.counselling.internal.RetentionRowDTO;
import org.poliin.counselling.internal.persistence.OutcomeStore.Count;

class RetentionReportTest {

    private static final LocalDate TERM = LocalDate.of(2025, 2, 28);

    @Test
    void supportedStudentsAreComparedWithTheirCohortAndSmallGroupsAreSuppressed() {
        List<Count> cohort = List.of(new Count("AC", 1, EnrolmentStatus.ENROLLED, 50),
                new Count("AC", 1, EnrolmentStatus.DROPPED_OUT, 6), new Count("AC", 1, EnrolmentStatus.TRANSFERRED, 4),
                new Count("CT", 1, EnrolmentStatus.ENROLLED, 36), new Count("CT", 1, EnrolmentStatus.DROPPED_OUT, 4));
        List<Count> supported = List.of(new Count("AC", 1, EnrolmentStatus.ENROLLED, 5),
                new Count("AC", 1, EnrolmentStatus.DROPPED_OUT, 2), new Count("CT", 1, EnrolmentStatus.ENROLLED, 5));

        RetentionReportDTO report = CounsellingReports.retention(TERM, cohort, supported, new SmallGroups(5));

        assertThat(report.rows).extracting(r -> r.faculty).containsExactly("AC", "CT");
        RetentionRowDTO ac = report.rows.get(0);
        assertThat(ac.cohort.total.value).isEqualByComparingTo("60");
        // transferred 4 is small: suppressed, and dropped out (6) with it so that 60 - 50 does not give it back
        assertThat(ac.cohort.transferred.suppressed).isTrue();
        assertThat(ac.cohort.droppedOut.suppressed).isTrue();
        assertThat(ac.cohort.retained.value).isEqualByComparingTo("50");
        assertThat(ac.cohort.retentionRatePercent.suppressed).isTrue();
        // 7 supported: 2 dropped out is a small group, the rate would give it back
        assertThat(ac.supported.total.value).isEqualByComparingTo("7");
        assertThat(ac.supported.droppedOut.suppressed).isTrue();
        assertThat(ac.supported.droppedOut.value).isNull();
        assertThat(ac.supported.retained.suppressed).isTrue();
        assertThat(ac.supported.retentionRatePercent.suppressed).isTrue();

        RetentionRowDTO ct = report.rows.get(1);
        assertThat(ct.supported.total.value).isEqualByComparingTo("5");
        assertThat(ct.supported.retained.value).isEqualByComparingTo("5");
        assertThat(ct.supported.droppedOut.value).isEqualByComparingTo("0");
        assertThat(ct.supported.retentionRatePercent.value).isEqualByComparingTo(new BigDecimal("100.0"));
        assertThat(ct.cohort.droppedOut.suppressed).isTrue();

        assertThat(report.all.supported.total.value).isEqualByComparingTo("12");
        assertThat(report.all.supported.retained.suppressed).as("10 of 12 would give the 2 dropped out back").isTrue();
        assertThat(report.all.supported.droppedOut.suppressed).isTrue();
        assertThat(report.minimumGroupSize).isEqualTo(5);
    }

    @Test
    void aFacultyWithFewSupportedStudentsIsHiddenAndNotComputableFromTheOverallTotal() {
        List<Count> cohort = List.of(new Count("AC", 1, EnrolmentStatus.ENROLLED, 40),
                new Count("CT", 1, EnrolmentStatus.ENROLLED, 40), new Count("ME", 1, EnrolmentStatus.ENROLLED, 40));
        List<Count> supported = List.of(new Count("AC", 1, EnrolmentStatus.ENROLLED, 3),
                new Count("CT", 1, EnrolmentStatus.ENROLLED, 9), new Count("ME", 1, EnrolmentStatus.ENROLLED, 12));

        RetentionReportDTO report = CounsellingReports.retention(TERM, cohort, supported, new SmallGroups(5));

        assertThat(report.rows.get(0).supported.total.suppressed).isTrue();
        // the overall 24 minus ME's 12 would give AC's 3 back with CT's 9 shown: CT is hidden too
        assertThat(report.rows.get(1).supported.total.suppressed).isTrue();
        assertThat(report.rows.get(2).supported.total.value).isEqualByComparingTo("12");
        assertThat(report.all.supported.total.value).isEqualByComparingTo("24");
        assertThat(report.rows.get(0).cohort.total.value).isEqualByComparingTo("40");
    }
}
