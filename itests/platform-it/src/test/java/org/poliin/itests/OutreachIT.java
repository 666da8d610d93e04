package org.poliin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivilegedExceptionAction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.inject.Inject;
import javax.security.auth.Subject;
import javax.sql.DataSource;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The outreach module through the real distribution, as its users meet it: schools imported from CSV,
 * a campaign planned and recorded, materials running out, admission results imported twice, the
 * funnel and the funder report; the sysadmin's shell imports; and the module removed and installed
 * again at runtime with its data kept.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OutreachIT extends PlatformTestSupport {

    private static final String FEATURE = "poliin-outreach";
    /** Visits happen in 2031 so that the report's figures of that year are this test's only. */
    private static final String PERIOD = "/indicators?from=2031-01-01&to=2031-12-31";
    private static final String CSV = "text/csv";

    @Inject
    protected FeaturesService features;

    @Inject
    protected SessionFactory shell;

    @Inject
    @Filter("(osgi.jndi.service.name=poliin)")
    protected DataSource dataSource;

    /** The real distribution, which boots the module with the platform, with the demo switch on. */
    @Configuration
    public Option[] configuration() {
        // the demo data (year 2024, session 2024) does not touch this test's own figures (2031)
        return platform(editConfigurationFilePut("etc/org.poliin.demo.cfg", "enabled", "true"));
    }

    @Before
    public void ready() throws Exception {
        awaitPlatform();
        createUser("ostaff", "staff");
        createUser("ocoord", "coordinator");
        createUser("oviewer", "viewer");
        if (!features.isInstalled(features.getFeature(FEATURE))) {
            features.installFeature(FEATURE);
        }
        awaitModule();
    }

    @Test
    public void schoolsVisitsMaterialsAdmissionsFunnelAndReport() throws Exception {
        // 1. schools into the core, with their localities; one bad row, reported by line and column
        String schools = "code,name,locality_code,locality_name,county,population,locality_type\n"
                + "IT-OUT-1,Liceul Tehnologic (it) Ozun,IT-LOC-1,Ozun,Covasna-IT,4100,rural\n"
                + "IT-OUT-2,Liceul Teoretic (it) Covasna,IT-LOC-2,Covasna,Covasna-IT,9800,urban\n"
                + "IT-OUT-3,Liceul Tehnologic (it) Zagon,IT-LOC-3,Zagon,Covasna-IT,5300,rural\n"
                + "IT-OUT-4,Colegiul Național (it) Sfântu Gheorghe,IT-LOC-4,Sfântu Gheorghe,Covasna-IT,56000,urban\n"
                + "IT-OUT-5,Liceul fără localitate,IT-LOC-404,,,,\n";
        JsonNode imported = csv("ostaff", "/outreach/schools/import", schools, 200);
        assertEquals(5, imported.path("rows").asInt());
        assertEquals(4, imported.path("created").asInt());
        assertEquals(1, imported.path("problems").size());
        assertEquals(6, imported.path("problems").get(0).path("line").asInt());
        assertEquals("locality_code", imported.path("problems").get(0).path("field").asText());
        assertTrue(imported.path("problems").get(0).path("reason").path("ro").asText().contains("IT-LOC-404"));
        JsonNode again = csv("ostaff", "/outreach/schools/import", schools, 200);
        assertEquals("importing the same file again changes nothing", 4, again.path("unchanged").asInt());
        assertEquals(0, again.path("created").asInt() + again.path("updated").asInt());
        JsonNode header = csv("ostaff", "/outreach/schools/import", "code,name\nX,Y\n", 400);
        assertEquals("urn:poliin:problem:invalid-input", header.path("type").asText());
        // schools are core organisations: the core sees them
        assertEquals("HIGH_SCHOOL", admin("GET", "/organisations?q=IT-OUT-1", null, 200).path("items").get(0)
                .path("type").asText());

        // 2. the eligible schools of the county: rural, or under 10,000 inhabitants
        JsonNode eligible = as("ocoord", PASSWORD, "GET", "/outreach/schools?county=Covasna-IT", null, 200);
        assertEquals(3, eligible.path("total").asInt());
        List<String> codes = new ArrayList<>();
        eligible.path("items").forEach(school -> codes.add(school.path("code").asText()));
        assertFalse(codes.contains("IT-OUT-4"));
        long ozun = schoolId(eligible, "IT-OUT-1");
        long covasna = schoolId(eligible, "IT-OUT-2");
        long zagon = schoolId(eligible, "IT-OUT-3");
        long city = admin("GET", "/organisations?q=IT-OUT-4", null, 200).path("items").get(0).path("id").asLong();
        JsonNode notEligible = as("ostaff", PASSWORD, "GET", "/outreach/schools/" + city, null, 200);
        assertFalse(notEligible.path("eligible").asBoolean());
        assertTrue(notEligible.path("eligibility").path("en").asText().contains("56000"));

        // 3. materials, a campaign, planned visits (a visit is a core event of the module's type)
        long leaflets = as("ostaff", PASSWORD, "POST", "/outreach/materials",
                Map.of("name", "Pliant (it)", "stock", 100), 201).path("id").asLong();
        long pens = as("ostaff", PASSWORD, "POST", "/outreach/materials",
                Map.of("name", "Pix UPT (it)", "stock", 5), 201).path("id").asLong();
        JsonNode campaign = as("ostaff", PASSWORD, "POST", "/outreach/campaigns", Map.of("name", "Outreach 2031 (it)",
                "startsOn", "2031-03-01", "admissionSession", "IT-2031"), 201);
        long campaignId = campaign.path("id").asLong();
        as("ostaff", PASSWORD, "POST", "/outreach/campaigns", Map.of("name", "Outreach 2031 (it)",
                "startsOn", "2031-03-01", "admissionSession", "IT-2031"), 409);
        long teamMember = as("ostaff", PASSWORD, "POST", "/people", Map.of("givenName", "Ana", "familyName",
                "Echipă"), 201).path("id").asLong();

        JsonNode visitA = plan(campaignId, ozun, "2031-04-07T10:00:00", List.of(teamMember), 201);
        JsonNode visitB = plan(campaignId, covasna, "2031-04-09T10:00:00", List.of(), 201);
        JsonNode refused = plan(campaignId, city, "2031-04-10T10:00:00", List.of(), 400);
        assertEquals("schoolId", refused.path("errors").get(0).path("field").asText());
        plan(campaignId, ozun, "2031-04-11T10:00:00", List.of(), 409);
        JsonNode event = as("ostaff", PASSWORD, "GET", "/events/" + visitA.path("id").asLong(), null, 200);
        assertEquals("outreach.school-visit", event.path("type").asText());
        assertEquals(ozun, event.path("organisationId").asLong());
        assertEquals(teamMember, visitA.path("teamPersonIds").get(0).asLong());

        // 4. the record of a visit lowers the stock; a stock below zero is a 409 naming the item
        JsonNode doneA = as("ostaff", PASSWORD, "POST", "/outreach/visits/" + visitA.path("id").asLong() + "/done",
                record(visitA, 10, 20, 30, 40, 3, Map.of(leaflets, 60, pens, 3)), 200);
        assertEquals("DONE", doneA.path("status").asText());
        assertEquals(100, doneA.path("pupils").path("total").asInt());
        assertEquals(40, as("ostaff", PASSWORD, "GET", "/outreach/materials/" + leaflets, null, 200).path("stock").asInt());
        assertEquals("DONE", as("ostaff", PASSWORD, "GET", "/events/" + visitA.path("id").asLong(), null, 200)
                .path("status").asText());

        JsonNode underflow = as("ostaff", PASSWORD, "POST", "/outreach/visits/" + visitB.path("id").asLong() + "/done",
                record(visitB, 5, 5, 5, 5, 1, Map.of(leaflets, 10, pens, 6)), 409);
        assertEquals("urn:poliin:problem:conflict", underflow.path("type").asText());
        assertTrue(underflow.toString(), underflow.path("detail").asText().contains("Pix UPT (it)"));
        assertEquals("nothing of the refused record was kept", 40,
                as("ostaff", PASSWORD, "GET", "/outreach/materials/" + leaflets, null, 200).path("stock").asInt());
        assertEquals(2, as("ostaff", PASSWORD, "GET", "/outreach/materials/" + pens, null, 200).path("stock").asInt());
        assertEquals("PLANNED", as("ostaff", PASSWORD, "GET", "/outreach/visits/" + visitB.path("id").asLong(), null, 200)
                .path("status").asText());
        as("ostaff", PASSWORD, "POST", "/outreach/materials/" + pens + "/stock", Map.of("change", -3), 409);
        as("ostaff", PASSWORD, "POST", "/outreach/visits/" + visitB.path("id").asLong() + "/done",
                record(visitB, 5, 5, 5, 5, 1, Map.of(pens, 2)), 200);
        // a done visit's counts may be corrected (audited); its status and materials stay
        JsonNode readB = as("ostaff", PASSWORD, "GET", "/outreach/visits/" + visitB.path("id").asLong(), null, 200);
        JsonNode corrected = as("ostaff", PASSWORD, "POST", "/outreach/visits/" + visitB.path("id").asLong()
                + "/correction", Map.of("pupils", Map.of("ix", 5, "x", 5, "xi", 5, "xii", 9), "teachersMet", 1,
                        "standUsed", false, "version", readB.path("version").asLong()), 200);
        assertEquals(24, corrected.path("pupils").path("total").asInt());
        assertEquals("DONE", corrected.path("status").asText());
        assertEquals(1, corrected.path("materials").size());
        assertEquals(1, admin("GET", "/audit?action=outreach.visit.correct&count=true", null, 200).path("total").asInt());
        // done is final
        as("ostaff", PASSWORD, "POST", "/outreach/visits/" + visitA.path("id").asLong() + "/cancel",
                Map.of("version", doneA.path("version").asLong()), 409);
        JsonNode invalid = as("ostaff", PASSWORD, "POST", "/outreach/visits/" + visitB.path("id").asLong() + "/done",
                Map.of("teachersMet", -1, "standUsed", true, "version", 0), 400);
        assertTrue(invalid.toString(), invalid.toString().contains("teachersMet"));

        // 5. roles: staff plans, the coordinator reads, the viewer sees the indicators only
        as("ocoord", PASSWORD, "GET", "/outreach/visits?campaignId=" + campaignId, null, 200);
        as("ocoord", PASSWORD, "POST", "/outreach/materials", Map.of("name", "Nu", "stock", 1), 403);
        as("oviewer", PASSWORD, "GET", "/outreach/visits", null, 403);
        as("oviewer", PASSWORD, "GET", "/outreach/campaigns/" + campaignId + "/funnel", null, 403);

        // 6. admission results: counted per school, bad rows reported, a second import doubles nothing
        String results = "school_code,programme,status\n"
                + "IT-OUT-1,Calculatoare,applied\nIT-OUT-1,Calculatoare,admitted\nIT-OUT-1,Automatică,enrolled\n"
                + "IT-OUT-1,Mecanică,enrolled\nIT-OUT-2,Calculatoare,applied\n"
                + "IT-OUT-3,Calculatoare,enrolled\nIT-OUT-3,Automatică,applied\n"
                + "IT-NONE,Calculatoare,applied\nIT-OUT-2,Calculatoare,maybe\n";
        JsonNode admissions = csv("ostaff", "/outreach/admissions/import?session=IT-2031", results, 200);
        assertEquals(9, admissions.path("rows").asInt());
        assertEquals(7, admissions.path("created").asInt());
        assertEquals("9:school_code", problem(admissions, 0));
        assertEquals("10:status", problem(admissions, 1));
        csv("ostaff", "/outreach/admissions/import?session=IT-2031", results, 200);
        JsonNode session = session(as("ocoord", PASSWORD, "GET", "/outreach/admissions", null, 200), "IT-2031");
        assertEquals(7, session.path("applicants").asInt());
        assertEquals(4, session.path("admitted").asInt());
        assertEquals(3, session.path("enrolled").asInt());
        csv("ostaff", "/outreach/admissions/import", results, 400);

        // 7. the funnel: visited schools next to the eligible ones not visited
        JsonNode funnel = as("ocoord", PASSWORD, "GET", "/outreach/campaigns/" + campaignId + "/funnel", null, 200);
        assertFunnel(funnel);

        // 8. the funder report of the year
        Map<String, Long> report = indicators();
        assertEquals(Long.valueOf(2), report.get("outreach.schools-visited"));
        assertEquals(Long.valueOf(124), report.get("outreach.pupils-informed"));
        assertEquals(Long.valueOf(4), report.get("outreach.teachers-met"));
        assertEquals(Long.valueOf(5), report.get("outreach.applicants"));
        assertEquals(Long.valueOf(3), report.get("outreach.admitted"));
        assertEquals(Long.valueOf(2), report.get("outreach.enrolled"));
        assertEquals(Long.valueOf(65), report.get("outreach.materials-handed-out"));

        // 9. removed at runtime: gone from the API, its data kept; installed again: all back
        List<String> stopped = new CopyOnWriteArrayList<>();
        BundleListener listener = e -> {
            if (e.getType() == BundleEvent.STOPPED) {
                stopped.add(e.getBundle().getSymbolicName());
            }
        };
        bundleContext.addBundleListener(listener);
        try {
            long visitsStored = count("OUTREACH_VISIT");
            features.uninstallFeature(FEATURE);
            assertEquals(404, call("GET", "/outreach/campaigns", "ostaff", PASSWORD, null).statusCode());
            assertFalse(indicators().containsKey("outreach.pupils-informed"));
            assertFalse(admin("GET", "/openapi.json", null, 200).path("paths").has("/outreach/visits"));
            assertEquals(visitsStored, count("OUTREACH_VISIT"));
            assertEquals("the visit's core event stays", 200,
                    call("GET", "/events/" + visitA.path("id").asLong(), "ostaff", PASSWORD, null).statusCode());
            assertEquals("only the module stopped: " + stopped, List.of("org.poliin.outreach"),
                    stopped.stream().distinct().toList());

            features.installFeature(FEATURE);
            awaitModule();
            assertFunnel(as("ocoord", PASSWORD, "GET", "/outreach/campaigns/" + campaignId + "/funnel", null, 200));
            assertEquals(Long.valueOf(124), indicators().get("outreach.pupils-informed"));
            assertEquals(40, as("ostaff", PASSWORD, "GET", "/outreach/materials/" + leaflets, null, 200).path("stock")
                    .asInt());
        } finally {
            bundleContext.removeBundleListener(listener);
        }
    }

    @Test
    public void sysadminsImportSchoolsAndAdmissionsFromTheShell() throws Exception {
        Path schools = Files.createTempFile("schools", ".csv");
        Files.writeString(schools, "code,name,locality_code,locality_name,county,population,locality_type\n"
                + "IT-SH-1,Liceul (shell) Bozovici,IT-SH-LOC,Bozovici,Caraș-IT,2700,rural\n"
                + "IT-SH-2,,IT-SH-LOC,,,,\n", StandardCharsets.UTF_8);
        String out = run("outreach:import-schools " + schools);
        assertTrue(out, out.contains("2 rows: 1 created, 0 updated, 0 unchanged, 1 problems"));
        assertTrue(out, out.contains("line 3 (name)"));

        Path admissions = Files.createTempFile("admissions", ".csv");
        Files.writeString(admissions, "school_code,programme,status\nIT-SH-1,Calculatoare,enrolled\n"
                + "IT-SH-1,Calculatoare,applied\n", StandardCharsets.UTF_8);
        out = run("outreach:import-admissions IT-SHELL " + admissions);
        assertTrue(out, out.contains("2 rows: 2 created"));
        run("outreach:import-admissions IT-SHELL " + admissions);
        out = run("outreach:import-admissions bad.session " + admissions);
        assertTrue(out, out.contains("session: is required"));
        JsonNode session = session(admin("GET", "/outreach/admissions", null, 200), "IT-SHELL");
        assertEquals("the second import replaced the first", 2, session.path("applicants").asInt());
        assertEquals(1, session.path("enrolled").asInt());
        assertTrue(admin("GET", "/audit?action=outreach.admission.import&count=true", null, 200).path("total").asInt() >= 2);
    }

    /** With the demo switch on, the demo funder report shows the programme's figures for activity 1. */
    @Test
    public void theDemoCampaignGivesTheProgrammesFigures() throws Exception {
        String year2024 = "/indicators?from=2024-01-01&to=2024-12-31";
        long deadline = System.currentTimeMillis() + 180_000;
        Map<String, Long> report;
        do {
            Thread.sleep(500);
            report = new HashMap<>();
            for (JsonNode module : as("oviewer", PASSWORD, "GET", year2024, null, 200).path("modules")) {
                for (JsonNode indicator : module.path("indicators")) {
                    report.put(indicator.path("key").asText(), indicator.path("value").asLong());
                }
            }
        } while (!Long.valueOf(25).equals(report.get("outreach.visits-done")) && System.currentTimeMillis() < deadline);
        assertEquals("25 eligible high schools visited: " + report, Long.valueOf(25), report.get("outreach.schools-visited"));
        assertTrue("over 1,700 pupils informed: " + report, report.get("outreach.pupils-informed") > 1700);
        assertTrue(report.get("outreach.applicants") > 0);
        JsonNode campaign = null;
        for (JsonNode c : admin("GET", "/outreach/campaigns?size=500", null, 200).path("items")) {
            if ("Outreach 2024".equals(c.path("name").asText())) {
                campaign = c;
            }
        }
        assertTrue("the demo campaign exists", campaign != null);
        JsonNode funnel = admin("GET", "/outreach/campaigns/" + campaign.path("id").asLong() + "/funnel", null, 200);
        assertEquals(25, funnel.path("visited").path("schools").asInt());
        assertEquals(report.get("outreach.applicants").longValue(), funnel.path("visited").path("applicants").asLong());
    }

    /** As PlatformIT does for the whole API: every outreach operation is protected and really served. */
    @Test
    public void everyOutreachOperationIsDescribedProtectedAndServed() throws Exception {
        JsonNode paths = admin("GET", "/openapi.json", null, 200).path("paths");
        List<String> checked = new ArrayList<>();
        for (var it = paths.fields(); it.hasNext();) {
            var path = it.next();
            if (!path.getKey().startsWith("/outreach/")) {
                continue;
            }
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "987654321");
            for (var ops = path.getValue().fields(); ops.hasNext();) {
                var operation = ops.next();
                String method = operation.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE").contains(method)) {
                    continue;
                }
                assertEquals(method + " " + concrete + " without credentials", 401,
                        call(method, concrete, null, null, null).statusCode());
                var types = operation.getValue().path("requestBody").path("content").fieldNames();
                HttpResponse<String> response = call(method, concrete, "admin", ADMIN_PASSWORD, "",
                        Map.of("Content-Type", types.hasNext() ? types.next() : "application/json"));
                String where = method + " " + path.getKey() + " answered " + response.statusCode() + " " + response.body();
                assertFalse(where, List.of(405, 406, 415, 500).contains(response.statusCode()));
                assertTrue(where, response.body().startsWith("{") || response.body().startsWith("["));
                if (response.statusCode() == 404) {
                    assertEquals(where, "Record not found", JSON.readTree(response.body()).path("title").asText());
                }
                assertTrue(where, operation.getValue().path("summary").asText().contains(" / "));
                checked.add(method + " " + path.getKey());
            }
        }
        assertEquals("every outreach operation: " + checked, 25, checked.size());
    }

    private void assertFunnel(JsonNode funnel) {
        assertEquals("IT-2031", funnel.path("admissionSession").asText());
        JsonNode visited = funnel.path("visited");
        assertEquals(2, visited.path("schools").asInt());
        assertEquals(124, visited.path("pupilsInformed").asInt());
        assertEquals(5, visited.path("applicants").asInt());
        assertEquals(3, visited.path("admitted").asInt());
        assertEquals(2, visited.path("enrolled").asInt());
        assertEquals(4.0, visited.path("applicantsPer100Pupils").asDouble(), 0.001);
        assertEquals(60.0, visited.path("admittedPercent").asDouble(), 0.001);
        JsonNode notVisited = funnel.path("notVisited");
        assertTrue("Zagon at least is eligible and not visited", notVisited.path("schools").asInt() >= 1);
        assertEquals(2, notVisited.path("applicants").asInt());
        assertEquals(1, notVisited.path("enrolled").asInt());
        Map<String, Integer> applicants = new HashMap<>();
        funnel.path("schools").forEach(s -> applicants.put(s.path("code").asText(), s.path("applicants").asInt()));
        assertEquals(Map.of("IT-OUT-1", 4, "IT-OUT-2", 1), applicants);
    }

    private JsonNode plan(long campaignId, long schoolId, String startsAt, List<Long> team, int status) throws Exception {
        return as("ostaff", PASSWORD, "POST", "/outreach/visits", Map.of("campaignId", campaignId, "schoolId", schoolId,
                "startsAt", startsAt, "teamPersonIds", team), status);
    }

    private static Map<String, Object> record(JsonNode visit, int ix, int x, int xi, int xii, int teachers,
            Map<Long, Integer> materials) {
        List<Map<String, Object>> handouts = new ArrayList<>();
        materials.forEach((id, quantity) -> handouts.add(Map.of("materialId", id, "quantity", quantity)));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("pupils", Map.of("ix", ix, "x", x, "xi", xi, "xii", xii));
        record.put("teachersMet", teachers);
        record.put("materials", handouts);
        record.put("standUsed", true);
        record.put("version", visit.path("version").asLong());
        return record;
    }

    private JsonNode csv(String user, String path, String body, int status) throws Exception {
        HttpResponse<String> response = call("POST", path, user, PASSWORD, body, Map.of("Content-Type", CSV));
        assertEquals(path + " answered " + response.body(), status, response.statusCode());
        return JSON.readTree(response.body());
    }

    private static String problem(JsonNode report, int index) {
        JsonNode problem = report.path("problems").get(index);
        return problem.path("line").asInt() + ":" + problem.path("field").asText();
    }

    private static long schoolId(JsonNode page, String code) {
        for (JsonNode school : page.path("items")) {
            if (code.equals(school.path("code").asText())) {
                return school.path("id").asLong();
            }
        }
        throw new AssertionError("no school " + code + " in " + page);
    }

    private static JsonNode session(JsonNode sessions, String code) {
        for (JsonNode session : sessions) {
            if (code.equals(session.path("session").asText())) {
                return session;
            }
        }
        throw new AssertionError("no admission session " + code + " in " + sessions);
    }

    private Map<String, Long> indicators() throws Exception {
        Map<String, Long> values = new HashMap<>();
        for (JsonNode module : as("oviewer", PASSWORD, "GET", PERIOD, null, 200).path("modules")) {
            for (JsonNode indicator : module.path("indicators")) {
                values.put(indicator.path("key").asText(), indicator.path("value").asLong());
            }
        }
        return values;
    }

    private void awaitModule() throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (call("GET", "/outreach/campaigns", "admin", ADMIN_PASSWORD, null).statusCode() != 200
                || call("GET", "/outreach/materials", "admin", ADMIN_PASSWORD, null).statusCode() != 200) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("The outreach module did not come up");
            }
            Thread.sleep(200);
        }
    }

    private long count(String table) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Runs a shell command as a sysadmin (the admin role is required for every command). */
    private String run(String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = shell.create(System.in, print, print);
        Subject sysadmin = new Subject();
        sysadmin.getPrincipals().add(new UserPrincipal("sysadmin"));
        sysadmin.getPrincipals().add(new RolePrincipal("admin"));
        Callable<Object> call = () -> session.execute(command);
        Subject.doAs(sysadmin, (PrivilegedExceptionAction<Object>) call::call);
        print.flush();
        return out.toString(StandardCharsets.UTF_8);
    }
}
