package org.poliin.outreach.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.poliin.api.organisation.LocalityType;
import org.poliin.api.organisation.OrganisationType;
import org.poliin.outreach.internal.service.SchoolEligibility;

/** Which high schools are eligible: rural, or in a locality under the population threshold. */
class SchoolEligibilityTest {

    private final OutreachFixture fixture = new OutreachFixture();
    private final FakeCore core = fixture.core;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void ruralOrSmallTownHighSchoolsAreEligibleAndTheThresholdIsConfigurable() {
        long village = core.locality("V1", "Timiș", 20_000, LocalityType.RURAL);
        long smallTown = core.locality("T1", "Timiș", 9_999, LocalityType.URBAN);
        long threshold = core.locality("T2", "Arad", 10_000, LocalityType.URBAN);
        long city = core.locality("T3", "Arad", 150_000, LocalityType.URBAN);
        long unknown = core.locality("T4", "Arad", null, LocalityType.URBAN);
        long rural = core.school("L-RURAL", village);
        long small = core.school("L-SMALL", smallTown);
        long atThreshold = core.school("L-10000", threshold);
        long big = core.school("L-CITY", city);
        long notKnown = core.school("L-UNKNOWN", unknown);
        core.organisation("UNI", OrganisationType.UNIVERSITY, village);

        SchoolEligibility eligibility = fixture.eligibility;
        assertThat(eligibility.eligibleSchools(null)).extracting(s -> s.id).containsExactlyInAnyOrder(rural, small);
        assertThat(eligibility.eligibleSchools("timiș")).hasSize(2);
        assertThat(eligibility.eligibleSchools("Arad")).isEmpty();
        assertThat(eligibility.isEligible(core.organisations.get(atThreshold))).isFalse();
        assertThat(eligibility.reason(core.organisations.get(big)).en).contains("150000").contains("at least 10000");
        assertThat(eligibility.reason(core.organisations.get(rural)).en).isEqualTo("rural locality");
        assertThat(eligibility.reason(core.organisations.get(notKnown)).en).contains("unknown population");

        SchoolEligibility larger = new SchoolEligibility(core.organisations, 10_001);
        assertThat(larger.eligibleSchools(null)).extracting(s -> s.id).containsExactlyInAnyOrder(rural, small, atThreshold);
    }

    @Test
    void everyEligibleSchoolIsReadAcrossTheCoresPagesByKey() {
        long village = core.locality("V1", "Timiș", 900, LocalityType.RURAL);
        int schools = 2 * org.poliin.api.common.PageRequest.MAX_SIZE + 7;
        for (int i = 0; i < schools; i++) {
            core.school(String.format("L-%04d", i), village);
        }
        assertThat(fixture.eligibility.eligibleSchools(null)).hasSize(schools)
                .extracting(s -> s.code).doesNotHaveDuplicates();
    }

    @Test
    void theEligibleListIsPagedWithTheVisitsDone() {
        long village = core.locality("V1", "Timiș", 900, LocalityType.RURAL);
        for (int i = 0; i < 5; i++) {
            core.school("L-" + i, village);
        }
        var page = fixture.schools.eligible("Timiș", new org.poliin.api.common.PageRequest(1, 2));
        assertThat(page.total).isEqualTo(5);
        assertThat(page.items).extracting(s -> s.code).containsExactly("L-2", "L-3");
        assertThat(page.items).allSatisfy(s -> {
            assertThat(s.eligible).isTrue();
            assertThat(s.visitsDone).isZero();
            assertThat(s.county).isEqualTo("Timiș");
        });
    }
}
