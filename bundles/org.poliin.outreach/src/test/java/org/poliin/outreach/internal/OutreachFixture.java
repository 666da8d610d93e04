package org.poliin.outreach.internal;

import static org.mockito.Mockito.mock;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.poliin.api.people.PersonService;
import org.poliin.outreach.internal.persistence.AdmissionStore;
import org.poliin.outreach.internal.persistence.CampaignStore;
import org.poliin.outreach.internal.persistence.MaterialStore;
import org.poliin.outreach.internal.persistence.SchoolContactStore;
import org.poliin.outreach.internal.persistence.VisitStore;
import org.poliin.outreach.internal.service.AdmissionService;
import org.poliin.outreach.internal.service.FunnelService;
import org.poliin.outreach.internal.service.SchoolEligibility;
import org.poliin.outreach.internal.service.SchoolService;
import org.poliin.outreach.internal.service.VisitService;
import org.poliin.testing.RecordingAuditLog;
import org.poliin.testing.TestDatabase;

/**
 * The module wired by hand as DS would, over a real in-memory database migrated with the core's
 * changelog and the module's, and the core's services kept in memory ({@link FakeCore}).
 */
final class OutreachFixture implements AutoCloseable {

    final TestDatabase database = TestDatabase.create().migrate("db/core-changelog.xml")
            .migrate("db/outreach-changelog.xml");
    final JpaTemplate jpa = database.jpa("poliin-outreach");
    final RecordingAuditLog audit = new RecordingAuditLog();
    final FakeCore core = new FakeCore(database.dataSource());
    final PersonService people = mock(PersonService.class);
    final SimpleCsvImport csv = new SimpleCsvImport();
    final CampaignStore campaigns = new CampaignStore(jpa, null, audit);
    final MaterialStore materials = new MaterialStore(jpa, null, audit);
    final VisitStore visits = new VisitStore(jpa, null);
    final AdmissionStore admissions = new AdmissionStore(jpa, null);
    final SchoolContactStore contacts = new SchoolContactStore(jpa, null, audit);
    final SchoolEligibility eligibility = new SchoolEligibility(core.organisations, 10_000);
    final SchoolService schools = new SchoolService(eligibility, core.organisations, core.localities, people, csv,
            visits, contacts, audit);
    final VisitService visitService = new VisitService(jpa, null, visits, campaigns, materials, schools, eligibility,
            core.events, audit);
    final AdmissionService admissionService = new AdmissionService(admissions, core.organisations, csv, audit);
    final FunnelService funnels = new FunnelService(campaigns, visits, admissions, eligibility, core.organisations);
    final OutreachIndicators indicators = new OutreachIndicators(visits, admissions);
    final OutreachPrivacy privacy = new OutreachPrivacy(contacts);

    CampaignDTO campaign(String name, String session) {
        CampaignInput input = new CampaignInput();
        input.name = name;
        input.startsOn = LocalDate.of(2024, 4, 1);
        input.endsOn = LocalDate.of(2024, 12, 16);
        input.admissionSession = session;
        return campaigns.create(input);
    }

    MaterialDTO material(String name, int stock) {
        MaterialInput input = new MaterialInput();
        input.name = name;
        input.stock = stock;
        return materials.create(input);
    }

    VisitDTO plan(long campaignId, long schoolId, LocalDate day, Long... team) {
        VisitInput input = new VisitInput();
        input.campaignId = campaignId;
        input.schoolId = schoolId;
        input.startsAt = LocalDateTime.of(day, java.time.LocalTime.of(10, 0));
        input.teamPersonIds = List.of(team);
        return visitService.plan(input);
    }

    static VisitRecord record(VisitDTO visit, int ix, int x, int xi, int xii, int teachers, HandoutInput... materials) {
        VisitRecord record = new VisitRecord();
        record.pupils = PupilCounts.of(ix, x, xi, xii);
        record.teachersMet = teachers;
        record.standUsed = true;
        record.materials = List.of(materials);
        record.version = visit.version;
        return record;
    }

    static HandoutInput handout(long materialId, int quantity) {
        HandoutInput handout = new HandoutInput();
        handout.materialId = materialId;
        handout.quantity = quantity;
        return handout;
    }

    @Override
    public void close() {
        database.close();
    }
}
