package org.poliin.outreach.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.poliin.outreach.internal.OutreachFixture.handout;
import static org.poliin.outreach.internal.OutreachFixture.record;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.poliin.api.errors.ConflictException;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.errors.StaleRecordException;
import org.poliin.api.event.EventStatus;
import org.poliin.api.indicator.ReportPeriod;
import org.poliin.api.organisation.LocalityType;

/** Planning and recording visits, the materials' stock, and the indicators of a period. */
class VisitsAndMaterialsTest {

    private static final ReportPeriod YEAR_2024 = new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

    private final OutreachFixture fixture = new OutreachFixture();
    private final FakeCore core = fixture.core;
    private long village;
    private long town;
    private long city;

    @BeforeEach
    void schools() {
        village = core.school("L-VILLAGE", core.locality("V1", "Timiș", 2_500, LocalityType.RURAL));
        town = core.school("L-TOWN", core.locality("T1", "Timiș", 6_000, LocalityType.URBAN));
        city = core.school("L-CITY", core.locality("C1", "Timiș", 250_000, LocalityType.URBAN));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aPlannedVisitIsACoreEventAndItsRecordLowersTheStock() {
        long leaflets = fixture.material("Pliant", 100).id;
        long brochures = fixture.material("Broșură", 20).id;
        CampaignDTO campaign = fixture.campaign("Outreach 2024", "2024");
        long member = core.person();
        long teacher = core.person();

        VisitDTO planned = fixture.plan(campaign.id, village, LocalDate.of(2024, 5, 6), member);
        assertThat(planned.status).isEqualTo(EventStatus.PLANNED);
        assertThat(planned.teamPersonIds).containsExactly(member);
        assertThat(core.events.get(planned.id).type).isEqualTo(OutreachModule.SCHOOL_VISIT);
        assertThat(core.events.get(planned.id).organisationId).isEqualTo(village);

        VisitRecord record = record(planned, 10, 12, 15, 30, 3, handout(leaflets, 60), handout(brochures, 20));
        record.teacherPersonIds = List.of(teacher);
        VisitDTO done = fixture.visitService.recordDone(planned.id, record);

        assertThat(done.status).isEqualTo(EventStatus.DONE);
        assertThat(done.pupils.total).isEqualTo(67);
        assertThat(done.teacherPersonIds).containsExactly(teacher);
        assertThat(done.materials).extracting(h -> h.quantity).containsExactlyInAnyOrder(60, 20);
        assertThat(core.events.get(planned.id).status).isEqualTo(EventStatus.DONE);
        assertThat(fixture.materials.get(leaflets).stock).isEqualTo(40);
        assertThat(fixture.materials.get(brochures).stock).isZero();
        assertThat(fixture.audit.actions()).contains("outreach.visit.plan", "outreach.visit.done");

        // done is final
        assertThatThrownBy(() -> fixture.visitService.cancel(done.id, done.version)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("is done already");
        assertThatThrownBy(() -> fixture.visitService.recordDone(done.id, record(done, 1, 1, 1, 1, 1)))
                .isInstanceOf(ConflictException.class);

        // but its counts may be corrected, audited, keeping the materials and the status
        VisitCorrection correction = new VisitCorrection();
        correction.pupils = PupilCounts.of(10, 12, 15, 25);
        correction.teachersMet = 0;
        correction.standUsed = false;
        correction.version = done.version;
        assertThatThrownBy(() -> fixture.visitService.correct(done.id, correction))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field).isEqualTo("teachersMet"));
        correction.teachersMet = 2;
        VisitDTO corrected = fixture.visitService.correct(done.id, correction);
        assertThat(corrected.pupils.total).isEqualTo(62);
        assertThat(corrected.standUsed).isFalse();
        assertThat(corrected.status).isEqualTo(EventStatus.DONE);
        assertThat(corrected.materials).hasSize(2);
        assertThat(fixture.indicators.compute(YEAR_2024).get(OutreachIndicators.PUPILS_INFORMED))
                .isEqualByComparingTo("62");
        assertThat(fixture.audit.records()).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo("outreach.visit.correct");
            assertThat(r.detail()).isEqualTo("pupils 67->62, teachers 3->2");
        });
        assertThatThrownBy(() -> fixture.visitService.correct(done.id, correction))
                .isInstanceOf(StaleRecordException.class);
        VisitDTO planned2 = fixture.plan(campaign.id, town, LocalDate.of(2024, 5, 7));
        correction.version = planned2.version;
        assertThatThrownBy(() -> fixture.visitService.correct(planned2.id, correction))
                .isInstanceOf(ConflictException.class).hasMessageContaining("planned (record it)");
    }

    @Test
    void aStockThatWouldGoBelowZeroIsRefusedNamingTheItemAndNothingOfTheRecordIsKept() {
        long leaflets = fixture.material("Pliant", 100).id;
        long pens = fixture.material("Pixuri UPT", 5).id;
        CampaignDTO campaign = fixture.campaign("Outreach 2024", "2024");
        VisitDTO planned = fixture.plan(campaign.id, village, LocalDate.of(2024, 5, 6));

        assertThatThrownBy(() -> fixture.visitService.recordDone(planned.id,
                record(planned, 10, 10, 10, 10, 2, handout(leaflets, 40), handout(pens, 6))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Pixuri UPT")
                .hasMessageContaining("6 asked, 5 in stock");

        assertThat(fixture.materials.get(leaflets).stock).isEqualTo(100);
        assertThat(fixture.materials.get(pens).stock).isEqualTo(5);
        assertThat(fixture.visitService.get(planned.id).status).isEqualTo(EventStatus.PLANNED);
        assertThat(core.events.get(planned.id).status).isEqualTo(EventStatus.PLANNED);

        assertThatThrownBy(() -> fixture.materials.changeStock(pens, -6)).isInstanceOf(ConflictException.class);
        assertThat(fixture.materials.changeStock(pens, 10).stock).isEqualTo(15);
        assertThat(fixture.materials.changeStock(pens, -15).stock).isZero();
    }

    @Test
    void theDatabaseItselfRefusesANegativeStock() throws SQLException {
        long pens = fixture.material("Pixuri UPT", 5).id;
        try (Connection connection = fixture.database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE OUTREACH_MATERIAL SET STOCK = -1 WHERE ID = " + pens))
                    .isInstanceOf(SQLException.class).hasMessageContaining("CK_OUTREACH_MATERIAL_STOCK");
        }
    }

    @Test
    void onlyEligibleHighSchoolsArePlannedOnceACampaignAndRulesOfTheRecordHold() {
        long leaflets = fixture.material("Pliant", 100).id;
        CampaignDTO campaign = fixture.campaign("Outreach 2024", "2024");
        assertThatThrownBy(() -> fixture.plan(campaign.id, city, LocalDate.of(2024, 5, 6)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.field).isEqualTo("schoolId"));
                    assertThat(e.violations().get(0).message.en).contains("not eligible");
                });
        VisitDTO planned = fixture.plan(campaign.id, town, LocalDate.of(2024, 5, 6));
        assertThatThrownBy(() -> fixture.plan(campaign.id, town, LocalDate.of(2024, 5, 9)))
                .isInstanceOf(ConflictException.class);

        VisitRecord tooFewTeachers = record(planned, 1, 1, 1, 1, 0);
        tooFewTeachers.teacherPersonIds = List.of(core.person());
        assertThatThrownBy(() -> fixture.visitService.recordDone(planned.id, tooFewTeachers))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field).isEqualTo("teachersMet"));
        assertThatThrownBy(() -> fixture.visitService.recordDone(planned.id,
                record(planned, 1, 1, 1, 1, 1, handout(leaflets, 1), handout(leaflets, 2))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field).isEqualTo("materials[1].materialId"));
        assertThatThrownBy(() -> fixture.visitService.cancel(planned.id, planned.version + 1))
                .isInstanceOf(StaleRecordException.class);

        VisitDTO cancelled = fixture.visitService.cancel(planned.id, planned.version);
        assertThat(cancelled.status).isEqualTo(EventStatus.CANCELLED);
        assertThat(core.events.get(planned.id).status).isEqualTo(EventStatus.CANCELLED);
        // a cancelled visit is final too; the school can be planned again
        assertThatThrownBy(() -> fixture.visitService.recordDone(planned.id, record(cancelled, 1, 1, 1, 1, 1)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cancelled");
        assertThat(fixture.plan(campaign.id, town, LocalDate.of(2024, 6, 3)).status).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void aPlannedVisitIsMovedWithItsTeam() {
        CampaignDTO campaign = fixture.campaign("Outreach 2024", "2024");
        long ana = core.person();
        long dan = core.person();
        VisitDTO planned = fixture.plan(campaign.id, village, LocalDate.of(2024, 5, 6), ana);
        VisitInput change = new VisitInput();
        change.campaignId = campaign.id;
        change.schoolId = town;
        change.startsAt = LocalDate.of(2024, 5, 20).atTime(9, 0);
        change.teamPersonIds = List.of(dan);
        change.version = planned.version;
        VisitDTO moved = fixture.visitService.replan(planned.id, change);
        assertThat(moved.schoolId).isEqualTo(town);
        assertThat(moved.visitOn).isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(moved.teamPersonIds).containsExactly(dan);
        assertThat(core.events.get(planned.id).startsAt).isEqualTo(change.startsAt);
    }

    @Test
    void theIndicatorsCountTheVisitsDoneInThePeriod() {
        long leaflets = fixture.material("Pliant", 1000).id;
        CampaignDTO campaign = fixture.campaign("Outreach 2024", "2024");
        VisitDTO first = fixture.plan(campaign.id, village, LocalDate.of(2024, 5, 6));
        VisitDTO second = fixture.plan(campaign.id, town, LocalDate.of(2024, 11, 6));
        fixture.visitService.recordDone(first.id, record(first, 10, 20, 30, 40, 3, handout(leaflets, 100)));
        fixture.visitService.recordDone(second.id, record(second, 1, 2, 3, 4, 2, handout(leaflets, 10)));
        CampaignDTO next = fixture.campaign("Outreach 2025", "2025");
        fixture.plan(next.id, village, LocalDate.of(2025, 3, 1));

        var done = fixture.visits.search(campaign.id, null, EventStatus.DONE,
                new org.poliin.api.common.PageRequest(0, 10, null, true));
        assertThat(done.total).isEqualTo(2);
        assertThat(done.items).extracting(v -> v.materials.get(0).quantity).containsExactly(100, 10);
        assertThat(fixture.visits.search(null, village, null,
                new org.poliin.api.common.PageRequest(0, 10, null, true)).total)
                .isEqualTo(2);

        Map<String, java.math.BigDecimal> values = fixture.indicators.compute(YEAR_2024);
        assertThat(values.get(OutreachIndicators.SCHOOLS_VISITED)).isEqualByComparingTo("2");
        assertThat(values.get(OutreachIndicators.VISITS_DONE)).isEqualByComparingTo("2");
        assertThat(values.get(OutreachIndicators.PUPILS_INFORMED)).isEqualByComparingTo("110");
        assertThat(values.get(OutreachIndicators.TEACHERS_MET)).isEqualByComparingTo("5");
        assertThat(values.get(OutreachIndicators.MATERIALS)).isEqualByComparingTo("110");
        assertThat(values.get(OutreachIndicators.STAND_USED)).isEqualByComparingTo("2");
        assertThat(fixture.indicators.compute(new ReportPeriod(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 12, 31)))
                .get(OutreachIndicators.PUPILS_INFORMED)).isEqualByComparingTo("10");
        assertThat(fixture.indicators.definitions()).extracting(d -> d.key).allMatch(k -> k.startsWith("outreach."))
                .containsAll(values.keySet());
    }
}
