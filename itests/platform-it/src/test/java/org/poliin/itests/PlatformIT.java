package org.poliin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/** The platform core through its REST API: security, errors, people, imports, audit, privacy, OpenAPI. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT extends PlatformTestSupport {

    @Configuration
    public Option[] configuration() {
        return platform();
    }

    @Before
    public void ready() throws Exception {
        awaitPlatform();
        createUser("viewer1", "viewer");
        createUser("staff1", "staff");
        createUser("coord1", "coordinator");
        createUser("couns1", "counsellor");
    }

    @Test
    public void healthIsOpenAndEveryOtherOperationNeedsALogin() throws Exception {
        HttpResponse<String> health = call("GET", "/health", null, null, null);
        assertEquals(200, health.statusCode());
        assertEquals("UP", JSON.readTree(health.body()).path("status").asText());
        // readiness: the components the API needs are checked one by one (Felix DsComponentsCheck)
        boolean componentsChecked = false;
        for (JsonNode check : JSON.readTree(health.body()).path("checks")) {
            if ("platform-components".equals(check.path("name").asText())) {
                assertEquals("UP", check.path("status").asText());
                componentsChecked = true;
            }
        }
        assertTrue("the platform-components readiness check runs", componentsChecked);

        JsonNode paths = admin("GET", "/openapi.json", null, 200).path("paths");
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "1");
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                String method = methods.next().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                HttpResponse<String> anonymous = call(method, concrete, null, null, null);
                if (path.getKey().equals("/health")) {
                    assertEquals(200, anonymous.statusCode());
                    continue;
                }
                assertEquals(method + " " + concrete + " without credentials", 401, anonymous.statusCode());
                assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
                assertEquals("urn:poliin:problem:unauthenticated", JSON.readTree(anonymous.body()).path("type").asText());
                checked.add(method + " " + path.getKey());
            }
        }
        assertTrue("every core resource was checked: " + checked, checked.size() >= 20);
        // a wrong password is no login either (once: repeated failures throttle the user name)
        assertEquals(401, call("GET", "/people", "staff1", "not-the-password", null).statusCode());
        assertTrue(checked.contains("GET /people"));
        assertTrue(checked.contains("POST /privacy/people/{id}/erasure"));
        assertTrue(checked.contains("GET /audit"));
        assertTrue(checked.contains("GET /users"));
    }

    @Test
    public void rolesDecideWhatEachUserMaySee() throws Exception {
        as("viewer1", PASSWORD, "GET", "/indicators?from=2024-04-01&to=2024-12-16", null, 200);
        as("viewer1", PASSWORD, "GET", "/modules", null, 200);
        JsonNode forbidden = as("viewer1", PASSWORD, "GET", "/people", null, 403);
        assertEquals("urn:poliin:problem:forbidden", forbidden.path("type").asText());
        as("staff1", PASSWORD, "GET", "/people", null, 200);
        as("staff1", PASSWORD, "GET", "/audit", null, 403);
        as("coord1", PASSWORD, "GET", "/audit", null, 403);
        as("couns1", PASSWORD, "GET", "/privacy/declarations", null, 403);
        as("staff1", PASSWORD, "POST", "/localities", Map.of("code", "X1", "name", "X", "county", "Arad",
                "type", "RURAL"), 403);
        as("staff1", PASSWORD, "GET", "/users", null, 403);
        JsonNode me = as("staff1", PASSWORD, "GET", "/users/me", null, 200);
        assertEquals("staff1", me.path("name").asText());
        admin("GET", "/audit", null, 200);
    }

    @Test
    public void peopleKeepDiacriticsAndUpdatesAreOptimisticallyLocked() throws Exception {
        HttpResponse<String> created = call("POST", "/people", "staff1", PASSWORD,
                Map.of("givenName", "Ștefania-Țuțu", "familyName", "Căpșună-Îngerescu", "email", "stefania@example.ro"));
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode person = JSON.readTree(created.body());
        long id = person.path("id").asLong();
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/people/" + id));

        JsonNode read = as("staff1", PASSWORD, "GET", "/people/" + id, null, 200);
        assertEquals("Ștefania-Țuțu", read.path("givenName").asText());
        assertEquals("Căpșună-Îngerescu", read.path("familyName").asText());
        JsonNode found = as("staff1", PASSWORD, "GET", "/people?count=true&q=capsuna%20stefania", null, 200);
        assertEquals(1, found.path("total").asLong());

        Map<String, Object> update = Map.of("givenName", "Ștefania", "familyName", "Căpșună",
                "version", read.path("version").asLong());
        JsonNode updated = as("staff1", PASSWORD, "PUT", "/people/" + id, update, 200);
        assertTrue(updated.path("version").asLong() > read.path("version").asLong());
        // what the answer says is what was stored
        JsonNode stored = as("staff1", PASSWORD, "GET", "/people/" + id, null, 200);
        assertEquals("Ștefania", stored.path("givenName").asText());
        assertEquals("Căpșună", stored.path("familyName").asText());
        assertEquals(updated.path("version").asLong(), stored.path("version").asLong());
        JsonNode stale = as("staff1", PASSWORD, "PUT", "/people/" + id, update, 409);
        assertEquals("urn:poliin:problem:stale-record", stale.path("type").asText());
        assertEquals("/api/v1/people/" + id, stale.path("instance").asText());
    }

    @Test
    public void badInputIsAClearProblemNeverAServerError() throws Exception {
        HttpResponse<String> invalid = call("POST", "/people", "staff1", PASSWORD,
                Map.of("givenName", "", "familyName", "Pop", "email", "nu-e-email"));
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(invalid.body());
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertTrue(fields.toString(), fields.contains("email") && fields.contains("givenName"));
        assertFalse(invalid.body().contains("Exception"));

        HttpResponse<String> romanian = call("POST", "/people", "staff1", PASSWORD, "{\"givenName\":\"\"}",
                Map.of("Accept-Language", "ro", "Content-Type", "application/json"));
        assertEquals(400, romanian.statusCode());
        assertEquals("Date invalide", JSON.readTree(romanian.body()).path("title").asText());

        assertEquals(400, call("POST", "/people", "staff1", PASSWORD, "{\"givenName\": ").statusCode());
        assertEquals(400, call("POST", "/people", "staff1", PASSWORD,
                "{\"givenName\":\"A\",\"familyName\":\"B\",\"nickname\":\"C\"}").statusCode());
        assertEquals(400, call("POST", "/people", "staff1", PASSWORD, "").statusCode());
        assertEquals(400, call("GET", "/people?page=abc", "staff1", PASSWORD, null).statusCode());
        assertEquals(400, call("GET", "/people?size=100000", "staff1", PASSWORD, null).statusCode());
        assertEquals(400, call("GET", "/indicators?from=yesterday&to=2024-12-16", "viewer1", PASSWORD, null).statusCode());
        assertEquals(400, call("GET", "/indicators?from=2024-12-16&to=2024-01-01", "viewer1", PASSWORD, null).statusCode());
        JsonNode missing = as("staff1", PASSWORD, "GET", "/people/987654321", null, 404);
        assertEquals("urn:poliin:problem:not-found", missing.path("type").asText());
        assertEquals(404, call("GET", "/no-such-resource", "staff1", PASSWORD, null).statusCode());
    }

    private HttpResponse<String> call(String method, String path, String user, String password, String body)
            throws Exception {
        return call(method, path, user, password, body, Map.of("Content-Type", "application/json"));
    }

    @Test
    public void csvImportsReportEveryBadRowAndAreIdempotent() throws Exception {
        String localities = "code,name,county,population,type\n"
                + "155243,Timișoara,Timiș,250849,urban\n"
                + "156017,Deta,Timiș,5963,urban\n"
                + "159641,Giroc,Timiș,8723,rural\n"
                + "bad code!,Nicăieri,Timiș,10,rural\n"
                + "160000,Satul Fără Tip,Timiș,10,\n";
        HttpResponse<String> first = call("POST", "/localities/import", "coord1", PASSWORD, localities,
                Map.of("Content-Type", "text/csv"));
        assertEquals(first.body(), 200, first.statusCode());
        JsonNode report = JSON.readTree(first.body());
        assertEquals(5, report.path("rows").asInt());
        assertEquals(3, report.path("created").asInt() + report.path("unchanged").asInt());
        assertEquals(2, report.path("problems").size());
        assertEquals(5, report.path("problems").get(0).path("line").asInt());
        assertEquals("code", report.path("problems").get(0).path("field").asText());
        assertEquals("type", report.path("problems").get(1).path("field").asText());

        JsonNode again = JSON.readTree(call("POST", "/localities/import", "coord1", PASSWORD, localities,
                Map.of("Content-Type", "text/csv")).body());
        assertEquals(0, again.path("created").asInt());
        assertEquals(3, again.path("unchanged").asInt());

        JsonNode schools = JSON.readTree(call("POST", "/organisations/import", "staff1", PASSWORD,
                "code,name,type,locality_code\nTM-1,Liceul Teoretic „Grigore Moisil” Deta,high-school,156017\n"
                        + "TM-2,Liceul Fantomă,high-school,999999\n",
                Map.of("Content-Type", "text/csv")).body());
        assertEquals(1, schools.path("problems").size());
        assertEquals("locality_code", schools.path("problems").get(0).path("field").asText());
        JsonNode small = as("staff1", PASSWORD, "GET", "/organisations?county=timis&maxPopulation=10000", null, 200);
        assertEquals("Liceul Teoretic „Grigore Moisil” Deta", small.path("items").get(0).path("name").asText());
    }

    @Test
    public void noDemoDataWithoutTheDemoSwitch() throws Exception {
        assertEquals(0, admin("GET", "/organisations?count=true&q=demo", null, 200).path("total").asInt());
        assertEquals(0, admin("GET", "/audit?count=true&action=demo.load", null, 200).path("total").asInt());
    }

    @Test
    public void theAuditLogRecordsChangesAndIsForAdminsOnly() throws Exception {
        JsonNode person = as("couns1", PASSWORD, "POST", "/people", Map.of("givenName", "Ion", "familyName", "Audit"), 201);
        JsonNode entries = admin("GET", "/audit?count=true&entityType=person&entityId=" + person.path("id").asLong(), null, 200);
        JsonNode entry = entries.path("items").get(0);
        assertEquals("person.create", entry.path("action").asText());
        assertEquals("couns1", entry.path("actor").asText());
        assertNotNull(entry.path("at").asText());
        as("couns1", PASSWORD, "GET", "/audit", null, 403);
    }

    @Test
    public void privacyExportAndErasureCoverThePersonAndAreAudited() throws Exception {
        JsonNode person = as("staff1", PASSWORD, "POST", "/people",
                Map.of("givenName", "Maria", "familyName", "Privată", "email", "maria@example.ro"), 201);
        long id = person.path("id").asLong();

        JsonNode export = admin("GET", "/privacy/people/" + id + "/export", null, 200);
        assertEquals(id, export.path("personId").asLong());
        JsonNode core = export.path("modules").get(0);
        assertEquals("core", core.path("moduleId").asText());
        assertEquals("maria@example.ro", core.path("records").get(0).path("data").path("email").asText());

        JsonNode erasure = admin("POST", "/privacy/people/" + id + "/erasure", null, 200);
        assertEquals(id, erasure.path("personId").asLong());
        JsonNode erased = admin("GET", "/people/" + id, null, 200);
        assertTrue(erased.path("erased").asBoolean());
        assertTrue(erased.path("givenName").isNull());
        assertEquals(0, as("staff1", PASSWORD, "GET", "/people?count=true&q=privata", null, 200).path("total").asInt());

        JsonNode audit = admin("GET", "/audit?count=true&action=privacy.&entityId=" + id, null, 200);
        List<String> actions = new ArrayList<>();
        audit.path("items").forEach(e -> actions.add(e.path("action").asText()));
        assertTrue(actions.toString(), actions.containsAll(List.of("privacy.export", "privacy.erasure")));

        JsonNode declarations = admin("GET", "/privacy/declarations", null, 200);
        assertEquals("core", declarations.get(0).path("moduleId").asText());
        assertEquals("PUBLIC_TASK", declarations.get(0).path("stores").get(0).path("legalBasis").asText());
    }

    @Test
    public void theFunderReportComesAsJsonAndCsv() throws Exception {
        JsonNode report = as("viewer1", PASSWORD, "GET", "/indicators?from=2024-04-01&to=2024-12-16", null, 200);
        assertEquals("2024-04-01", report.path("from").asText());
        assertTrue(report.path("modules").isArray());
        HttpResponse<String> csv = call("GET", "/indicators?from=2024-04-01&to=2024-12-16", "viewer1", PASSWORD, null,
                Map.of("Accept", "text/csv"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("period_from,period_to,module,module_name,indicator,label,unit,value"));
    }

    @Test
    public void everyOperationTheOpenApiDescribesIsServed() throws Exception {
        JsonNode paths = admin("GET", "/openapi.json", null, 200).path("paths");
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            // an id no record has: the operation must be found, the record not
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "987654321");
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> operation = ops.next();
                String method = operation.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                Iterator<String> types = operation.getValue().path("requestBody").path("content").fieldNames();
                String contentType = types.hasNext() ? types.next() : "application/json";
                HttpResponse<String> response = call(method, concrete, "admin", ADMIN_PASSWORD, "",
                        Map.of("Content-Type", contentType));
                String where = method + " " + path.getKey() + " answered " + response.statusCode() + " "
                        + response.body();
                assertFalse(where, List.of(405, 406, 415, 500).contains(response.statusCode()));
                if (response.statusCode() == 404) {
                    assertEquals(where, "Record not found", JSON.readTree(response.body()).path("title").asText());
                }
                operations++;
            }
        }
        assertTrue("operations checked: " + operations, operations >= 25);
    }

    @Test
    public void theOpenApiDescriptionListsTheCoreResources() throws Exception {
        JsonNode openapi = admin("GET", "/openapi.json", null, 200);
        assertTrue(openapi.path("openapi").asText().startsWith("3."));
        for (String path : List.of("/people", "/people/{id}", "/organisations", "/localities", "/events",
                "/events/{id}/participants", "/modules", "/indicators", "/privacy/people/{id}/export", "/audit",
                "/users", "/health")) {
            assertTrue(path + " is described", openapi.path("paths").has(path));
        }
    }
}
