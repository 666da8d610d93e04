package org.poliin.outreach.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.poliin.api.common.PageRequest;
import org.poliin.api.demo.DemoDataSet;
import org.poliin.api.indicator.ReportPeriod;
import org.poliin.api.organisation.LocalityType;

/** The demo data reproduces the programme's figures for 2024, on the core's own demo schools. */
class OutreachDemoDataTest {

    private final OutreachFixture fixture = new OutreachFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theDemoCampaignGivesTheReportedFiguresAndLoadsOnlyOnce() throws IOException {
        loadCoreDemoSchools();
        OutreachDemoData demo = new OutreachDemoData(fixture.campaigns, fixture.materials, fixture.visits,
                fixture.visitService, fixture.admissions, fixture.admissionService, fixture.core.organisations,
                mock(DemoDataSet.class));
        demo.load();
        demo.load();

        var values = fixture.indicators.compute(new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        assertThat(values.get(OutreachIndicators.SCHOOLS_VISITED)).isEqualByComparingTo("25");
        assertThat(values.get(OutreachIndicators.PUPILS_INFORMED).intValue()).isGreaterThan(1700);
        assertThat(values.get(OutreachIndicators.VISITS_DONE)).isEqualByComparingTo("25");
        assertThat(fixture.eligibility.eligibleSchools(null)).hasSize(28);
        assertThat(fixture.campaigns.page(new PageRequest(0, 10)).items).singleElement().satisfies(c -> assertThat(c.name).isEqualTo("Outreach 2024"));
        FunnelDTO funnel = fixture.funnels.funnel(fixture.campaigns.page(new PageRequest(0, 10)).items.get(0).id, null);
        assertThat(funnel.visited.schools).isEqualTo(25);
        assertThat(funnel.notVisited.schools).isEqualTo(3);
        assertThat(funnel.visited.applicants).isEqualTo(values.get(OutreachIndicators.APPLICANTS).longValue()).isPositive();
        assertThat(funnel.notVisited.applicants).isPositive();
        assertThat(fixture.materials.page(new PageRequest(0, 100)).items).allSatisfy(m -> assertThat(m.stock).isNotNegative());
    }

    /** The core's demo localities and high schools, from the core's own demo files. */
    private void loadCoreDemoSchools() throws IOException {
        Map<String, Long> localities = new HashMap<>();
        for (String[] row : csv("demo/localities.csv")) {
            localities.put(row[0], fixture.core.locality(row[0], row[2], Integer.valueOf(row[3]),
                    LocalityType.valueOf(row[4].toUpperCase())));
        }
        for (String[] row : csv("demo/organisations.csv")) {
            if ("high_school".equals(row[2])) {
                fixture.core.school(row[0], localities.get(row[3]));
            }
        }
    }

    private static Iterable<String[]> csv(String resource) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                OutreachDemoDataTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            // the core's demo files quote only addresses, which come after the columns read here
            return reader.lines().skip(1).map(line -> line.split(",", -1)).toList();
        }
    }
}
