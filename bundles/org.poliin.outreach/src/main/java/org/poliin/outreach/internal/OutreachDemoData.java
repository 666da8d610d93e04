package org.poliin.outreach.internal;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.common.PageRequest;
import org.poliin.api.demo.DemoDataSet;
import org.poliin.api.event.EventStatus;
import org.poliin.api.imports.ImportReport;
import org.poliin.api.module.PlatformModule;
import org.poliin.api.organisation.OrganisationDTO;
import org.poliin.api.organisation.OrganisationService;
import org.poliin.outreach.internal.persistence.AdmissionStore;
import org.poliin.outreach.internal.persistence.CampaignStore;
import org.poliin.outreach.internal.persistence.MaterialStore;
import org.poliin.outreach.internal.persistence.VisitStore;
import org.poliin.outreach.internal.service.AdmissionService;
import org.poliin.outreach.internal.service.VisitService;

/**
 * The 2024 campaign of the programme, on the core's demo schools: 25 eligible high schools visited
 * (of the 28 eligible), 1,762 pupils informed (the programme reported "over 1,700"), the materials
 * handed out and the 2024 admission session. Loaded only when the platform's demo switch is on; it
 * creates only what is missing, so it can run again.
 */
@Component(property = PlatformModule.MODULE_ID_PROPERTY + "=" + OutreachModule.ID)
public final class OutreachDemoData implements DemoDataSet {

    static final String CAMPAIGN = "Outreach 2024";
    static final String SESSION = "2024";
    static final String LEAFLET = "Pliant „Programele de licență UPT” / UPT bachelor programmes leaflet";
    static final String BROCHURE = "Broșura admiterii / Admission brochure";

    /** The core's demo high schools visited (codes DEMO-LIC-…): 005 to 028 and 030; 029, 032 and 033 were not. */
    static final List<String> VISITED = visited();
    static final List<String> NOT_VISITED = List.of("DEMO-LIC-029", "DEMO-LIC-032", "DEMO-LIC-033");
    /** Pupils informed at each visit, in the order of {@link #VISITED}: 1,762 in all. */
    static final int[] PUPILS = { 72, 65, 80, 58, 91, 64, 70, 77, 55, 68, 83, 61, 74, 69, 88, 57, 73, 66, 79, 62, 71,
        75, 60, 67, 77 };
    private static final String[] PROGRAMMES = { "Calculatoare", "Automatică", "Inginerie civilă", "Mecanică" };

    private final CampaignStore campaigns;
    private final MaterialStore materials;
    private final VisitStore visits;
    private final VisitService visitService;
    private final AdmissionStore admissions;
    private final AdmissionService admissionService;
    private final OrganisationService organisations;

    /**
     * The core's demo data set is referenced only so that it is registered, and so loaded, first: the
     * campaign visits the core's demo schools.
     */
    @Activate
    public OutreachDemoData(@Reference CampaignStore campaigns, @Reference MaterialStore materials,
            @Reference VisitStore visits, @Reference VisitService visitService, @Reference AdmissionStore admissions,
            @Reference AdmissionService admissionService, @Reference OrganisationService organisations,
            @Reference(target = "(" + PlatformModule.MODULE_ID_PROPERTY + "=core)") DemoDataSet coreDemoData) {
        this.campaigns = campaigns;
        this.materials = materials;
        this.visits = visits;
        this.visitService = visitService;
        this.admissions = admissions;
        this.admissionService = admissionService;
        this.organisations = organisations;
    }

    @Override
    public String moduleId() {
        return OutreachModule.ID;
    }

    @Override
    public void load() {
        long leaflet = material(LEAFLET, "Programele de licență ale UPT, pe scurt / UPT's bachelor programmes in brief", 3000);
        long brochure = material(BROCHURE, "Calendarul și condițiile admiterii / Admission calendar and rules", 800);
        CampaignDTO campaign = campaigns.findByName(CAMPAIGN).orElseGet(() -> {
            CampaignInput input = new CampaignInput();
            input.name = CAMPAIGN;
            input.description = "Vizite în liceele din mediul rural și din orașele sub 10.000 de locuitori / "
                    + "Visits to high schools in rural areas and towns under 10,000 inhabitants";
            input.startsOn = LocalDate.of(2024, 4, 1);
            input.endsOn = LocalDate.of(2024, 12, 16);
            input.admissionSession = SESSION;
            return campaigns.create(input);
        });
        LocalDate day = LocalDate.of(2024, 4, 8);
        for (int i = 0; i < VISITED.size(); i++) {
            visit(campaign, school(VISITED.get(i)), day.plusDays(2L * i + i / 4 * 3L), i, leaflet, brochure);
        }
        if (admissions.session(SESSION).isEmpty()) {
            ImportReport report = admissionService.importCsv(SESSION, new StringReader(admissionsCsv()));
            if (!report.problems.isEmpty()) {
                throw new IllegalStateException("The demo admission results have faulty rows: " + report.problems);
            }
        }
    }

    private void visit(CampaignDTO campaign, OrganisationDTO school, LocalDate day, int i, long leaflet, long brochure) {
        List<VisitDTO> existing = visits.search(campaign.id, school.id, null, new PageRequest(0, 10)).items;
        VisitDTO visit = existing.stream().filter(v -> v.status != EventStatus.CANCELLED).findFirst().orElse(null);
        if (visit == null) {
            VisitInput plan = new VisitInput();
            plan.campaignId = campaign.id;
            plan.schoolId = school.id;
            plan.startsAt = day.atTime(10, 0);
            plan.endsAt = day.atTime(12, 0);
            visit = visitService.plan(plan);
        }
        if (visit.status != EventStatus.PLANNED) {
            return;
        }
        int total = PUPILS[i];
        int xii = total * 4 / 10;
        int xi = total * 3 / 10;
        int x = total * 2 / 10;
        VisitRecord record = new VisitRecord();
        record.pupils = PupilCounts.of(total - xii - xi - x, x, xi, xii);
        record.teachersMet = 3 + i % 4;
        record.standUsed = i % 3 != 2;
        record.materials = List.of(handout(leaflet, total), handout(brochure, xii));
        record.version = visit.version;
        visitService.recordDone(visit.id, record);
    }

    /** One row per application: from each visited school 4 to 8 applicants, fewer from the others. */
    static String admissionsCsv() {
        StringBuilder csv = new StringBuilder("school_code,programme,status\n");
        for (int i = 0; i < VISITED.size(); i++) {
            int applicants = 4 + i % 5;
            int admitted = applicants - 1 - i % 2;
            int enrolled = admitted - i % 2;
            rows(csv, VISITED.get(i), applicants, admitted, enrolled, i);
        }
        for (int i = 0; i < NOT_VISITED.size(); i++) {
            rows(csv, NOT_VISITED.get(i), 2 - i % 2, 1, i == 0 ? 1 : 0, i);
        }
        return csv.toString();
    }

    private static void rows(StringBuilder csv, String school, int applicants, int admitted, int enrolled, int seed) {
        for (int n = 0; n < applicants; n++) {
            String status = n < enrolled ? "enrolled" : n < admitted ? "admitted" : "applied";
            csv.append(school).append(',').append(PROGRAMMES[(seed + n) % PROGRAMMES.length]).append(',').append(status)
                    .append('\n');
        }
    }

    private long material(String name, String description, int stock) {
        return materials.findByName(name).orElseGet(() -> {
            MaterialInput input = new MaterialInput();
            input.name = name;
            input.description = description;
            input.stock = stock;
            return materials.create(input);
        }).id;
    }

    private OrganisationDTO school(String code) {
        return organisations.findByCode(code).orElseThrow(() -> new IllegalStateException(
                "The core's demo school " + code + " is missing: the core's demo data must be loaded first"));
    }

    private static HandoutInput handout(long material, int quantity) {
        HandoutInput handout = new HandoutInput();
        handout.materialId = material;
        handout.quantity = quantity;
        return handout;
    }

    private static List<String> visited() {
        List<String> codes = new ArrayList<>();
        for (int n = 5; n <= 28; n++) {
            codes.add(String.format("DEMO-LIC-%03d", n));
        }
        codes.add("DEMO-LIC-030");
        return List.copyOf(codes);
    }
}
