package org.poliin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The counselling module through the real distribution (demo switch on), installed at runtime on the
 * running platform: the whole cycle of a supported
 * student, what every role can and cannot read, the audit entries of sensitive reads, consent withdrawal,
 * privacy export and erasure, the retention purge, the retention report, the demo figures for 2024, and
 * the module removed and installed again at runtime with its data kept.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CounsellingIT extends PlatformTestSupport {

    private static final String FEATURE = "poliin-counselling";
    private static final String REASON = "X-Poliin-Reason";
    private static final String WHY = "follow-up of the support plan";
    private static final String YEAR_2024 = "/indicators?from=2024-01-01&to=2024-12-31";
    private static final String YEAR_2025 = "/indicators?from=2025-01-01&to=2025-12-31";
    private static final String FACULTY = "Facultatea de Test IT";
    private static final String SECRET_GOAL = "Obiectiv secret 7Q2";
    private static final String SECRET_NOTE = "Notă confidențială Z9X";
    private static final String NUMBER = "IT-CNS-";

    @Inject
    protected FeaturesService features;

    @Inject
    @Filter("(osgi.jndi.service.name=poliin)")
    protected DataSource dataSource;

    /** The real distribution, which boots the module with the platform, with the demo switch on. */
    @Configuration
    public Option[] configuration() {
        return platform(editConfigurationFilePut("etc/org.poliin.demo.cfg", "enabled", "true"));
    }

    @Before
    public void ready() throws Exception {
        awaitPlatform();
        createUser("couns1", "counsellor");
        createUser("couns2", "counsellor");
        createUser("staff1", "staff");
        createUser("coord1", "coordinator");
        createUser("viewer1", "viewer");
        if (!features.isInstalled(features.getFeature(FEATURE))) {
            install();
        }
    }

    private void install() throws Exception {
        features.installFeature(FEATURE);
        long deadline = System.currentTimeMillis() + 90_000;
        while (!moduleIds().contains("counselling") || call("GET", "/counselling/reports/summary?from=2025-01-01&to=2025-12-31",
                "viewer1", PASSWORD, null).statusCode() != 200) {
            assertTrue("the counselling module came up", System.currentTimeMillis() < deadline);
            Thread.sleep(200);
        }
    }

    @Test
    public void theDemoShowsTheProgrammeFiguresFor2024() throws Exception {
        awaitDemo();
        assertEquals(4, indicator(YEAR_2024, "counselling.meetings-held").asLong());
        assertEquals(12, indicator(YEAR_2024, "counselling.students-supported").asLong());
        // 9 absences in 48 recorded attendances
        assertEquals("81.3", indicator(YEAR_2024, "counselling.attendance-rate").asText());
        // the demo's enrolment at the end of the first term: 100 first-year students, 12 of them supported
        JsonNode retention = as("viewer1", PASSWORD, "GET", "/counselling/reports/retention?termEnd=2025-02-28", null, 200);
        assertEquals(100, retention.path("all").path("cohort").path("total").path("value").asLong());
        assertEquals(12, retention.path("all").path("supported").path("total").path("value").asLong());
        assertNoSmallGroupShown(retention);
    }

    /** Waits until the demo data of the module are loaded (on a background thread after boot). */
    private void awaitDemo() throws Exception {
        long deadline = System.currentTimeMillis() + 180_000;
        while (indicator(YEAR_2024, "counselling.meetings-held") == null
                || indicator(YEAR_2024, "counselling.meetings-held").asLong() < 4) {
            assertTrue("the demo meetings were loaded", System.currentTimeMillis() < deadline);
            Thread.sleep(1000);
        }
        assertEquals(4, indicator(YEAR_2024, "counselling.meetings-held").asLong());
        while (indicator(YEAR_2024, "counselling.attendance-rate") == null
                || !"81.3".equals(indicator(YEAR_2024, "counselling.attendance-rate").asText())) {
            assertTrue("the demo attendance was loaded: " + indicator(YEAR_2024, "counselling.attendance-rate"),
                    System.currentTimeMillis() < deadline);
            Thread.sleep(1000);
        }
        while (as("viewer1", PASSWORD, "GET", "/counselling/reports/retention?termEnd=2025-02-28", null, 200)
                .path("all").path("cohort").path("total").path("value").asLong() < 100) {
            assertTrue("the demo enrolment was loaded", System.currentTimeMillis() < deadline);
            Thread.sleep(1000);
        }
    }

    @Test
    public void theWholeCycleWithRolesAuditConsentPrivacyAndPurge() throws Exception {
        awaitDemo();
        assertTrue(admin("GET", "/openapi.json", null, 200).path("paths").has("/counselling/students"));
        assertEquals("counselling", admin("GET", "/modules/counselling", null, 200).path("id").asText());
        long meetingsBefore = value(YEAR_2025, "counselling.meetings-held");
        long supportedBefore = value(YEAR_2025, "counselling.students-supported");

        // ---- six supported students of one faculty, registered by a counsellor
        List<Long> persons = new ArrayList<>();
        List<Long> students = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            long person = as("couns1", PASSWORD, "POST", "/people", Map.of("givenName", "Studenta" + i, "familyName",
                    "Vulnerabilă" + i), 201).path("id").asLong();
            persons.add(person);
            JsonNode student = as("couns1", PASSWORD, "POST", "/counselling/students", studentBody(person, i), 201);
            assertEquals(List.of("couns1"), List.of(student.path("counsellors").get(0).asText()));
            assertEquals("ACTIVE", student.path("status").asText());
            students.add(student.path("id").asLong());
        }
        long first = students.get(0);
        long firstPerson = persons.get(0);
        as("couns1", PASSWORD, "POST", "/counselling/students", studentBody(firstPerson, 1), 409);
        // invalid input names the field
        HttpResponse<String> bad = call("POST", "/counselling/students", "couns1", PASSWORD,
                Map.of("personId", firstPerson, "faculty", "", "studyYear", 12, "cohortYear", 2025, "referral", "SELF"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("studyYear") && bad.body().contains("faculty"));

        // ---- categories need an explicit consent
        HttpResponse<String> noConsent = call("PUT", "/counselling/students/" + first + "/categories", "couns1", PASSWORD,
                Map.of("categories", List.of("ROMA_ETHNICITY", "LOW_INCOME"), "version", version(first)));
        assertEquals(409, noConsent.statusCode());
        assertTrue(noConsent.body(), noConsent.body().contains("SPECIAL_CATEGORIES"));
        long consentId = as("couns1", PASSWORD, "POST", "/counselling/students/" + first + "/consents",
                Map.of("scope", "SPECIAL_CATEGORIES", "textVersion", "2025-1", "givenOn", "2025-03-01"), 201)
                .path("id").asLong();
        JsonNode withCategories = as("couns1", PASSWORD, "PUT", "/counselling/students/" + first + "/categories",
                Map.of("categories", List.of("ROMA_ETHNICITY", "LOW_INCOME"), "version", version(first)), 200);
        assertEquals(2, withCategories.path("categories").size());

        // ---- reads need a reason, and each record read is audited with it
        HttpResponse<String> noReason = call("GET", "/counselling/students/" + first, "couns1", PASSWORD, null);
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.body(), noReason.body().contains(REASON));
        JsonNode read = reading("couns1", "/counselling/students/" + first, 200);
        assertEquals("Studenta1", read.path("givenName").asText());
        assertEquals("ROMA_ETHNICITY", read.path("categories").get(1).asText());
        JsonNode audit = admin("GET", "/audit?action=counselling.student.read&count=true&entityId=" + first, null, 200);
        assertTrue(audit.path("total").asInt() >= 1);
        assertEquals("couns1", audit.path("items").get(0).path("actor").asText());
        assertEquals(WHY, audit.path("items").get(0).path("reason").asText());
        long readsBefore = admin("GET", "/audit?action=counselling.student.read&size=500&count=true", null, 200).path("total").asLong();
        JsonNode list = reading("couns1", "/counselling/students?size=500", 200);
        long listed = list.path("items").size();
        assertEquals("one audit entry per student listed", readsBefore + listed,
                admin("GET", "/audit?action=counselling.student.read&size=500&count=true", null, 200).path("total").asLong());
        // every counsellor sees identities; an unassigned one does not see plans or notes
        reading("couns2", "/counselling/students/" + first, 200);

        // ---- plan, note: the assigned counsellors only
        long plan = as("couns1", PASSWORD, "POST", "/counselling/students/" + first + "/plans",
                Map.of("goals", SECRET_GOAL, "actions", "Întâlnire lunară", "followUpOn", "2025-03-15"), 201)
                .path("id").asLong();
        as("couns1", PASSWORD, "POST", "/counselling/students/" + first + "/notes", Map.of("text", SECRET_NOTE), 201);
        reading("couns2", "/counselling/students/" + first + "/plans", 403);
        reading("couns2", "/counselling/students/" + first + "/notes", 403);
        as("couns2", PASSWORD, "POST", "/counselling/students/" + first + "/notes", Map.of("text", "x"), 403);
        assertEquals(SECRET_GOAL, reading("couns1", "/counselling/students/" + first + "/plans", 200).get(0)
                .path("goals").asText());
        assertEquals(SECRET_NOTE, reading("couns1", "/counselling/students/" + first + "/notes", 200).get(0)
                .path("text").asText());
        assertEquals(WHY, admin("GET", "/audit?action=counselling.plan.read&count=true&entityId=" + plan, null, 200)
                .path("items").get(0).path("reason").asText());
        assertTrue(admin("GET", "/audit?action=counselling.note.read&count=true", null, 200).path("total").asInt() >= 1);

        // ---- two group meetings (core events), attendance recorded by a counsellor
        long m1 = meeting("2025-03-10T16:00:00", "Adaptarea la viața universitară");
        long m2 = meeting("2025-03-24T16:00:00", "Gestionarea stresului");
        for (long meeting : List.of(m1, m2)) {
            for (long student : students) {
                as("couns1", PASSWORD, "PUT", "/counselling/meetings/" + meeting + "/attendance",
                        Map.of("studentId", student, "attendance", student == first ? "ABSENT" : "PRESENT"), 200);
            }
        }
        assertEquals(6, reading("couns1", "/counselling/meetings/" + m1 + "/attendance", 200).size());
        // the core never shows who attended to anyone but counsellors
        as("couns1", PASSWORD, "GET", "/events/" + m1 + "/participants", null, 200);
        for (String user : List.of("staff1", "coord1")) {
            as(user, PASSWORD, "GET", "/events/" + m1 + "/participants", null, 403);
            assertFalse(as(user, PASSWORD, "GET", "/events?module=counselling", null, 200).toString().contains("Studenta"));
        }
        admin("GET", "/events/" + m1 + "/participants", null, 403);
        assertTrue(admin("GET", "/audit?action=event.participants.read&count=true&entityId=" + m1, null, 200).path("total")
                .asInt() >= 1);

        // ---- early alerts: missed two meetings in a row, follow-up overdue
        JsonNode alerts = as("couns1", PASSWORD, "GET", "/counselling/alerts?status=OPEN", null, 200).path("items");
        Map<String, Long> byRule = alertsOf(alerts, first);
        assertTrue("alerts: " + alerts, byRule.containsKey("MISSED_MEETINGS"));
        assertTrue("alerts: " + alerts, byRule.containsKey("FOLLOW_UP_OVERDUE"));
        assertEquals(0, alertsOf(as("couns2", PASSWORD, "GET", "/counselling/alerts", null, 200), first).size());
        assertEquals(0, admin("POST", "/counselling/alerts/evaluation", null, 200).path("alertsRaised").asInt());
        assertEquals("idempotent: one open alert per student and rule", alerts.size(),
                as("couns1", PASSWORD, "GET", "/counselling/alerts?status=OPEN", null, 200).path("items").size());
        long missed = byRule.get("MISSED_MEETINGS");
        as("couns2", PASSWORD, "POST", "/counselling/alerts/" + missed + "/acknowledgement", null, 403);
        assertEquals("ACKNOWLEDGED", as("couns1", PASSWORD, "POST", "/counselling/alerts/" + missed + "/acknowledgement",
                null, 200).path("status").asText());
        as("couns1", PASSWORD, "POST", "/counselling/alerts/" + missed + "/resolution", Map.of("note", ""), 400);
        JsonNode resolved = as("couns1", PASSWORD, "POST", "/counselling/alerts/" + missed + "/resolution",
                Map.of("note", "Am discutat cu studenta; revine din aprilie"), 200);
        assertEquals("RESOLVED", resolved.path("status").asText());
        assertFalse(alertsOf(as("couns1", PASSWORD, "GET", "/counselling/alerts?status=OPEN", null, 200), first)
                .containsKey("MISSED_MEETINGS"));
        // a status change to paused raises an alert on the write
        Map<String, Object> paused = new HashMap<>(studentBody(persons.get(1), 2));
        paused.put("status", "PAUSED");
        paused.put("version", version(students.get(1)));
        as("couns1", PASSWORD, "PUT", "/counselling/students/" + students.get(1), paused, 200);
        assertTrue(alertsOf(as("couns1", PASSWORD, "GET", "/counselling/alerts?status=OPEN", null, 200), students.get(1))
                .containsKey("STATUS_PAUSED"));

        // ---- enrolment at term end: the faculty's cohort, idempotent import with a row report
        StringBuilder csv = new StringBuilder("student_number,faculty,study_year,status\n");
        for (int i = 1; i <= 12; i++) {
            csv.append(NUMBER).append(i).append(',').append(FACULTY).append(",1,")
                    .append(i == 3 ? "dropped-out" : i == 9 ? "transferred" : "enrolled").append('\n');
        }
        JsonNode report = importCsv(csv + "IT-CNS-99," + FACULTY + ",1,expelled\n", "coord1", 200);
        assertEquals(12, report.path("created").asInt());
        assertEquals(1, report.path("problems").size());
        assertEquals("status", report.path("problems").get(0).path("field").asText());
        assertEquals(14, report.path("problems").get(0).path("line").asInt());
        JsonNode again = importCsv(csv.toString(), "coord1", 200);
        assertEquals(12, again.path("unchanged").asInt());
        assertEquals(0, again.path("created").asInt());
        importCsv(csv.toString(), "staff1", 403);

        // ---- aggregates: every role but counsellors sees counts only, small groups suppressed
        JsonNode retention = as("coord1", PASSWORD, "GET", "/counselling/reports/retention?termEnd=2025-07-15", null, 200);
        JsonNode row = retention.path("rows").get(0);
        assertEquals(FACULTY, row.path("faculty").asText());
        assertEquals(12, row.path("cohort").path("total").path("value").asLong());
        assertEquals(6, row.path("supported").path("total").path("value").asLong());
        assertTrue(row.path("supported").path("droppedOut").path("suppressed").asBoolean());
        assertTrue(row.path("supported").path("droppedOut").path("value").isNull());
        assertTrue("the complement is suppressed too", row.path("supported").path("retained").path("suppressed").asBoolean());
        assertNoSmallGroupShown(retention);
        JsonNode summary = as("viewer1", PASSWORD, "GET", "/counselling/reports/summary?from=2025-01-01&to=2025-12-31",
                null, 200);
        assertEquals(meetingsBefore + 2, summary.path("meetingsHeld").path("value").asLong());
        JsonNode status = breakdown(summary, "status");
        assertTrue("one paused student is not shown: " + status, status.path("cells").path("PAUSED").path("suppressed").asBoolean());
        assertTrue(breakdown(summary, "category").path("cells").path("ROMA_ETHNICITY").path("value").isNull());
        assertNoSmallGroupShown(summary);
        as("staff1", PASSWORD, "GET", "/counselling/reports/summary", null, 400);

        // ---- the funder report
        assertEquals(meetingsBefore + 2, value(YEAR_2025, "counselling.meetings-held"));
        assertEquals(supportedBefore + 6, value(YEAR_2025, "counselling.students-supported"));
        assertNotNull(indicator(YEAR_2025, "counselling.attendance-rate"));
        assertEquals("5 retained against 1 dropped out: a group under 5 is not shown", null,
                indicator("/indicators?from=2025-07-01&to=2025-07-31", "counselling.retention-rate"));

        // ---- staff, coordinator, viewer and admin never read an identity, a category, a plan or a note
        Map<String, String> paths = new HashMap<>();
        paths.put("GET", "/counselling/students");
        List<String> personal = List.of("/counselling/students", "/counselling/students/" + first,
                "/counselling/students/" + first + "/consents", "/counselling/students/" + first + "/plans",
                "/counselling/students/" + first + "/notes", "/counselling/meetings/" + m1 + "/attendance",
                "/counselling/alerts");
        for (String user : List.of("staff1", "coord1", "viewer1")) {
            for (String path : personal) {
                HttpResponse<String> response = call("GET", path, user, PASSWORD, null, Map.of(REASON, WHY));
                assertEquals(user + " GET " + path, 403, response.statusCode());
            }
            as(user, PASSWORD, "PUT", "/counselling/students/" + first + "/categories",
                    Map.of("categories", List.of(), "version", 0), 403);
            as(user, PASSWORD, "GET", "/privacy/people/" + firstPerson + "/export", null, 403);
            as(user, PASSWORD, "GET", "/audit", null, 403);
            List<String> visible = new ArrayList<>(List.of("/counselling/reports/summary?from=2025-01-01&to=2025-12-31",
                    "/counselling/reports/retention?termEnd=2025-07-15", YEAR_2025));
            if (!user.equals("viewer1")) {
                visible.add("/events?module=counselling");
                visible.add("/events/" + m1);
            }
            if (user.equals("coord1")) {
                visible.add("/counselling/meetings");
                visible.add("/counselling/meetings/" + m1);
            }
            for (String path : visible) {
                String body = as(user, PASSWORD, "GET", path, null, 200).toString();
                for (String secret : List.of(SECRET_GOAL, SECRET_NOTE, "Studenta1", NUMBER + "1", "personId",
                        "ROMA_ETHNICITY\":{\"value\":1")) {
                    assertFalse(user + " read " + secret + " in " + path + ": " + body, body.contains(secret));
                }
            }
        }
        for (String path : personal) {
            assertEquals("admin GET " + path, 403, call("GET", path, "admin", ADMIN_PASSWORD, null, Map.of(REASON, WHY))
                    .statusCode());
        }

        // ---- consent withdrawal erases the categories and keeps the history
        as("couns1", PASSWORD, "POST", "/counselling/students/" + first + "/consents/" + consentId + "/withdrawal",
                Map.of(), 200);
        assertEquals(0, reading("couns1", "/counselling/students/" + first, 200).path("categories").size());
        JsonNode consents = reading("couns1", "/counselling/students/" + first + "/consents", 200);
        assertEquals(1, consents.size());
        assertFalse(consents.get(0).path("withdrawnOn").isNull());
        assertTrue(admin("GET", "/audit?action=counselling.categories.erase&count=true&entityId=" + first, null, 200)
                .path("total").asInt() >= 1);
        as("couns1", PASSWORD, "PUT", "/counselling/students/" + first + "/categories",
                Map.of("categories", List.of("DISABILITY"), "version", version(first)), 409);

        // ---- privacy: export of everything about the person, then erasure keeping the counts
        JsonNode export = admin("GET", "/privacy/people/" + firstPerson + "/export", null, 200);
        List<String> entities = new ArrayList<>();
        for (JsonNode module : export.path("modules")) {
            if ("counselling".equals(module.path("moduleId").asText())) {
                module.path("records").forEach(r -> entities.add(r.path("entity").asText()));
            }
        }
        for (String entity : List.of("COUNSELLING_STUDENT", "COUNSELLING_CONSENT", "COUNSELLING_PLAN",
                "COUNSELLING_NOTE", "COUNSELLING_ALERT", "COUNSELLING_ATTENDANCE", "COUNSELLING_OUTCOME")) {
            assertTrue(entity + " in " + entities, entities.contains(entity));
        }
        assertTrue(export.toString().contains(SECRET_NOTE));
        JsonNode declaration = admin("GET", "/privacy/declarations", null, 200);
        assertTrue(declaration.toString().contains("Art. 9(2)(a)"));
        admin("POST", "/privacy/people/" + firstPerson + "/erasure", null, 200);
        JsonNode erased = reading("couns2", "/counselling/students/" + first, 200);
        assertTrue(erased.path("anonymised").asBoolean());
        assertTrue(erased.path("personId").isNull());
        assertTrue(erased.path("studentNumber").isNull());
        assertFalse(admin("GET", "/privacy/people/" + firstPerson + "/export", null, 200).toString().contains(SECRET_NOTE));
        assertEquals(supportedBefore + 6, value(YEAR_2025, "counselling.students-supported"));

        // ---- retention purge: closed long ago, anonymised on demand (admin) and on schedule
        long oldPerson = as("couns1", PASSWORD, "POST", "/people", Map.of("givenName", "Veche", "familyName", "Închisă"),
                201).path("id").asLong();
        Map<String, Object> closed = new HashMap<>(studentBody(oldPerson, 50));
        closed.put("status", "CLOSED");
        closed.put("supportedSince", "2018-10-01");
        closed.put("closedOn", "2019-06-30");
        long oldStudent = as("couns1", PASSWORD, "POST", "/counselling/students", closed, 201).path("id").asLong();
        as("couns1", PASSWORD, "POST", "/counselling/retention-purge", null, 403);
        assertTrue(admin("POST", "/counselling/retention-purge", null, 200).path("studentsAnonymised").asInt() >= 1);
        assertTrue(reading("couns1", "/counselling/students/" + oldStudent, 200).path("anonymised").asBoolean());
        assertFalse(reading("couns1", "/counselling/students/" + students.get(2), 200).path("anonymised").asBoolean());
        assertTrue(admin("GET", "/audit?action=counselling.retention.purge&count=true&entityId=" + oldStudent, null, 200)
                .path("total").asInt() == 1);

        // ---- the module goes and comes back at runtime; its data stays
        long rows = studentRows();
        features.uninstallFeature(FEATURE);
        assertFalse(moduleIds().contains("counselling"));
        assertEquals(404, call("GET", "/counselling/reports/summary?from=2025-01-01&to=2025-12-31", "viewer1", PASSWORD,
                null).statusCode());
        assertEquals(rows, studentRows());
        install();
        assertEquals(FACULTY, reading("couns1", "/counselling/students/" + students.get(2), 200).path("faculty").asText());
        assertEquals(meetingsBefore + 2, value(YEAR_2025, "counselling.meetings-held"));
    }

    /** Every operation of the module in /openapi.json needs a login and is really served (as PlatformIT checks). */
    @Test
    public void everyOperationOfTheModuleNeedsALoginAndIsServed() throws Exception {
        JsonNode paths = admin("GET", "/openapi.json", null, 200).path("paths");
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/counselling/")) {
                continue;
            }
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "987654321");
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> operation = ops.next();
                String method = operation.getKey().toUpperCase();
                Iterator<String> types = operation.getValue().path("requestBody").path("content").fieldNames();
                String contentType = types.hasNext() ? types.next() : "application/json";
                assertEquals(method + " " + concrete + " without credentials", 401,
                        call(method, concrete, null, null, null).statusCode());
                HttpResponse<String> response = call(method, concrete, "admin", ADMIN_PASSWORD, "",
                        Map.of("Content-Type", contentType));
                String where = method + " " + path.getKey() + " answered " + response.statusCode() + " " + response.body();
                assertFalse(where, List.of(405, 406, 415, 500).contains(response.statusCode()));
                if (response.statusCode() == 404) {
                    assertEquals(where, "Record not found", JSON.readTree(response.body()).path("title").asText());
                }
                operations++;
            }
        }
        assertEquals("operations of the module", 27, operations);
    }

    private Map<String, Object> studentBody(long person, int i) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", person);
        body.put("studentNumber", NUMBER + i);
        body.put("faculty", FACULTY);
        body.put("programme", "Program de test");
        body.put("studyYear", 1);
        body.put("cohortYear", 2025);
        body.put("referral", i % 2 == 0 ? "TEACHER" : "SELF");
        body.put("supportedSince", "2025-03-01");
        body.put("counsellors", List.of("couns1"));
        return body;
    }

    private long version(long student) throws Exception {
        return reading("couns1", "/counselling/students/" + student, 200).path("version").asLong();
    }

    private JsonNode reading(String user, String path, int expected) throws Exception {
        HttpResponse<String> response = call("GET", path, user, PASSWORD, null, Map.of(REASON, WHY));
        assertEquals("GET " + path + " as " + user + ": " + response.body(), expected, response.statusCode());
        return JSON.readTree(response.body());
    }

    private long meeting(String startsAt, String topic) throws Exception {
        JsonNode meeting = as("coord1", PASSWORD, "POST", "/counselling/meetings", Map.of("topic", topic,
                "facilitators", List.of("Psih. Irina Mocanu"), "startsAt", startsAt, "place", "CCOC", "status", "DONE"), 201);
        assertEquals("counselling.group-meeting", admin("GET", "/events/" + meeting.path("id").asLong(), null, 200)
                .path("type").asText());
        return meeting.path("id").asLong();
    }

    private JsonNode importCsv(String csv, String user, int expected) throws Exception {
        HttpResponse<String> response = call("POST", "/counselling/enrolments/import?termEnd=2025-07-15", user, PASSWORD,
                csv, Map.of("Content-Type", "text/csv"));
        assertEquals(response.body(), expected, response.statusCode());
        return JSON.readTree(response.body());
    }

    private static Map<String, Long> alertsOf(JsonNode alerts, long student) {
        Map<String, Long> byRule = new HashMap<>();
        for (JsonNode alert : alerts.has("items") ? alerts.path("items") : alerts) {
            if (alert.path("studentId").asLong() == student) {
                byRule.put(alert.path("rule").asText(), alert.path("id").asLong());
            }
        }
        return byRule;
    }

    private static JsonNode breakdown(JsonNode summary, String dimension) {
        for (JsonNode breakdown : summary.path("breakdowns")) {
            if (dimension.equals(breakdown.path("dimension").asText())) {
                return breakdown;
            }
        }
        throw new AssertionError("no breakdown " + dimension + " in " + summary);
    }

    /** Every figure of a report that counts persons is suppressed, 0, or at least 5. */
    private static void assertNoSmallGroupShown(JsonNode node) {
        if (node.isObject()) {
            if (node.has("suppressed") && node.has("value")) {
                JsonNode value = node.path("value");
                if (!node.path("suppressed").asBoolean() && value.isNumber() && value.isIntegralNumber()) {
                    assertTrue("a small group is shown: " + node, value.asLong() == 0 || value.asLong() >= 5);
                }
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getKey().equals("retentionRatePercent") && !field.getKey().equals("attendanceRatePercent")
                        && !field.getKey().equals("meetingsHeld")) {
                    assertNoSmallGroupShown(field.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(CounsellingIT::assertNoSmallGroupShown);
        }
    }

    private JsonNode indicator(String period, String key) throws Exception {
        for (JsonNode module : as("viewer1", PASSWORD, "GET", period, null, 200).path("modules")) {
            for (JsonNode indicator : module.path("indicators")) {
                if (key.equals(indicator.path("key").asText())) {
                    return indicator.path("value").isNull() || indicator.path("value").isMissingNode() ? null
                            : indicator.path("value");
                }
            }
        }
        return null;
    }

    private long value(String period, String key) throws Exception {
        JsonNode value = indicator(period, key);
        return value == null ? 0 : value.asLong();
    }

    private List<String> moduleIds() throws Exception {
        List<String> ids = new ArrayList<>();
        admin("GET", "/modules", null, 200).forEach(m -> ids.add(m.path("id").asText()));
        return ids;
    }

    private long studentRows() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM COUNSELLING_STUDENT")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
