package org.poliin.outreach.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.poliin.outreach.internal.OutreachFixture.record;

import java.io.StringReader;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.imports.ImportReport;
import org.poliin.api.indicator.ReportPeriod;
import org.poliin.api.organisation.LocalityType;

/** Admission results, their idempotent import, the funnel and the funnel's indicators. */
class AdmissionsAndFunnelTest {

    private static final String RESULTS = """
            school_code,programme,status
            L-A,Calculatoare,applied
            L-A,Calculatoare,admitted
            L-A,Automatică,enrolled
            L-A,Mecanică,enrolled
            L-B,Calculatoare,applied
            L-C,Calculatoare,enrolled
            L-C,Automatică,applied
            L-CITY,Calculatoare,enrolled
            """;

    private final OutreachFixture fixture = new OutreachFixture();
    private final FakeCore core = fixture.core;
    private long a;
    private long b;

    @BeforeEach
    void schools() {
        long village = core.locality("V1", "Timiș", 2_500, LocalityType.RURAL);
        a = core.school("L-A", village);
        b = core.school("L-B", village);
        core.school("L-C", core.locality("T1", "Arad", 8_000, LocalityType.URBAN));
        core.school("L-D", village);
        core.school("L-CITY", core.locality("C1", "Timiș", 250_000, LocalityType.URBAN));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void importingTheSameResultsTwiceDoublesNothingAndANewFileReplacesTheSession() {
        ImportReport first = fixture.admissionService.importCsv("2024", new StringReader(RESULTS));
        assertThat(first.rows).isEqualTo(8);
        assertThat(first.created).isEqualTo(8);
        assertThat(first.problems).isEmpty();
        fixture.admissionService.importCsv("2024", new StringReader(RESULTS));

        AdmissionSessionDTO session = fixture.admissionService.sessions().get(0);
        assertThat(session.session).isEqualTo("2024");
        assertThat(session.applicants).isEqualTo(8);
        assertThat(session.admitted).isEqualTo(5);
        assertThat(session.enrolled).isEqualTo(4);
        assertThat(session.schools).isEqualTo(4);

        fixture.admissionService.importCsv("2024", new StringReader("school_code,programme,status\nL-A,Calculatoare,applied\n"));
        assertThat(fixture.admissionService.sessions()).singleElement()
                .satisfies(s -> assertThat(s.applicants).isEqualTo(1));
        fixture.admissionService.importCsv("2025", new StringReader(RESULTS));
        assertThat(fixture.admissionService.sessions()).hasSize(2);
        assertThat(fixture.audit.actions()).contains("outreach.admission.import");
    }

    @Test
    void badRowsAreReportedWithTheirLineAndColumnAndTheGoodOnesImported() {
        ImportReport report = fixture.admissionService.importCsv("2024", new StringReader("""
                school_code,programme,status
                L-A,Calculatoare,applied
                L-NONE,Calculatoare,applied
                L-A,,applied
                L-A,Calculatoare,maybe
                """));
        assertThat(report.rows).isEqualTo(4);
        assertThat(report.created).isEqualTo(1);
        assertThat(report.problems).extracting(p -> p.line + ":" + p.field)
                .containsExactly("3:school_code", "4:programme", "5:status");
        assertThat(report.problems.get(0).reason.en).contains("no high school with code L-NONE");

        assertThatThrownBy(() -> fixture.admissionService.importCsv("2024", new StringReader("school,status\nL-A,applied\n")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> fixture.admissionService.importCsv("2024 iulie", new StringReader(RESULTS)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field).isEqualTo("session"));
        // the file refused as a whole left the session as it was
        assertThat(fixture.admissionService.sessions()).singleElement()
                .satisfies(s -> assertThat(s.applicants).isEqualTo(1));
    }

    @Test
    void theFunnelComparesVisitedSchoolsWithTheEligibleOnesNotVisited() {
        CampaignDTO campaign = fixture.campaign("Outreach 2024", "2024");
        VisitDTO atA = fixture.plan(campaign.id, a, LocalDate.of(2024, 4, 10));
        VisitDTO atB = fixture.plan(campaign.id, b, LocalDate.of(2024, 4, 12));
        fixture.visitService.recordDone(atA.id, record(atA, 0, 0, 20, 20, 2));
        fixture.visitService.recordDone(atB.id, record(atB, 0, 0, 0, 10, 1));
        fixture.admissionService.importCsv("2024", new StringReader(RESULTS));

        FunnelDTO funnel = fixture.funnels.funnel(campaign.id, null);
        assertThat(funnel.admissionSession).isEqualTo("2024");
        assertThat(funnel.visited.schools).isEqualTo(2);
        assertThat(funnel.visited.pupilsInformed).isEqualTo(50);
        assertThat(funnel.visited.applicants).isEqualTo(5);
        assertThat(funnel.visited.admitted).isEqualTo(3);
        assertThat(funnel.visited.enrolled).isEqualTo(2);
        assertThat(funnel.visited.applicantsPer100Pupils).isEqualByComparingTo("10.0");
        assertThat(funnel.visited.admittedPercent).isEqualByComparingTo("60.0");
        assertThat(funnel.visited.applicantsPerSchool).isEqualByComparingTo("2.5");
        assertThat(funnel.schools).extracting(s -> s.code + ":" + s.applicants + "/" + s.pupilsInformed)
                .containsExactly("L-A:4/40", "L-B:1/10");
        // L-C and L-D are eligible and were not visited; L-CITY is not eligible and counts nowhere
        assertThat(funnel.notVisited.schools).isEqualTo(2);
        assertThat(funnel.notVisited.applicants).isEqualTo(2);
        assertThat(funnel.notVisited.enrolled).isEqualTo(1);
        assertThat(funnel.notVisited.applicantsPer100Pupils).isNull();
        assertThat(funnel.notVisited.applicantsPerSchool).isEqualByComparingTo("1.0");

        assertThat(fixture.funnels.funnel(campaign.id, "2023").visited.applicants).isZero();

        var values = fixture.indicators.compute(new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        assertThat(values.get(OutreachIndicators.APPLICANTS)).isEqualByComparingTo("5");
        assertThat(values.get(OutreachIndicators.ADMITTED)).isEqualByComparingTo("3");
        assertThat(values.get(OutreachIndicators.ENROLLED)).isEqualByComparingTo("2");
        assertThat(fixture.indicators.compute(new ReportPeriod(LocalDate.of(2024, 4, 11), LocalDate.of(2024, 12, 31)))
                .get(OutreachIndicators.APPLICANTS)).isEqualByComparingTo("1");
    }
}
