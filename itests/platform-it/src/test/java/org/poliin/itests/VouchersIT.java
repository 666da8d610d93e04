package org.poliin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

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
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The cultural vouchers module (programme activity 5) through the real distribution: a whole cycle
 * (fund, call, applications, ranking, awards, vouchers, redemptions, meetings, report and indicators),
 * 200 concurrent approvals over a fund with room for 53 vouchers, bad input answered with a clear 4xx,
 * and the module removed and installed again at runtime with its data kept.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class VouchersIT extends PlatformTestSupport {

    private static final String FEATURE = "poliin-vouchers";
    private static final LocalDate TODAY = LocalDate.now();
    private static final String PERIOD = "from=" + TODAY.minusDays(30) + "&to=" + TODAY.plusDays(60);
    private static final String REASON = "evaluare dosar bursa culturala";

    @Inject
    protected FeaturesService features;

    @Inject
    @Filter("(osgi.jndi.service.name=poliin)")
    protected DataSource dataSource;

    /** The real distribution, which boots the module with the platform. */
    @Configuration
    public Option[] configuration() {
        return platform();
    }

    @Before
    public void ready() throws Exception {
        awaitPlatform();
        createUser("vcoord", "coordinator");
        createUser("vcouns", "counsellor");
        createUser("vstaff", "staff");
        createUser("vviewer", "viewer");
        if (!moduleIds().contains("vouchers")) {
            features.installFeature(FEATURE);
        }
        awaitModule();
    }

    @Test
    public void aWholeCycleFromFundToFunderReport() throws Exception {
        JsonNode before = coord("GET", "/vouchers/report?" + PERIOD, null, 200);
        long awardedBefore = indicator("vouchers.vouchers-awarded");
        long meetingsBefore = indicator("vouchers.group-meetings");

        // the fund: room for three vouchers of 150 RON
        JsonNode fund = coord("POST", "/vouchers/funds", fund("Fond IT ciclu", "450.00", "150", TODAY.plusDays(60)), 201);
        long fundId = fund.path("id").asLong();
        assertMoney("450.00", fund.path("available"));
        long theatre = coord("POST", "/vouchers/funds/" + fundId + "/venues", Map.of("name", "Teatrul Național",
                "category", "THEATRE"), 201).path("id").asLong();
        long museum = coord("POST", "/vouchers/funds/" + fundId + "/venues", Map.of("name", "Muzeul de Artă",
                "category", "museum"), 201).path("id").asLong();
        long callId = call(fundId);

        // applications: eligibility checked by the module, the failing criteria named
        long[] people = new long[6];
        for (int i = 0; i < people.length; i++) {
            people[i] = person("Ioana", "Știrbu-" + i);
        }
        JsonNode ineligible = coord("POST", "/vouchers/applications", application(callId, people[0], List.of()), 201);
        assertFalse(ineligible.path("eligible").asBoolean());
        assertEquals("INELIGIBLE", ineligible.path("status").asText());
        assertEquals("social-scholarship", ineligible.path("failedCriteria").get(0).path("code").asText());
        assertEquals("Bursă socială", ineligible.path("failedCriteria").get(0).path("label").path("ro").asText());
        long a = coord("POST", "/vouchers/applications", application(callId, people[1], List.of("rural")), 201)
                .path("id").asLong();
        // staff enter applications but never read the criteria back
        JsonNode byStaff = as("vstaff", PASSWORD, "POST", "/vouchers/applications",
                application(callId, people[2], List.of("social-scholarship", "orphan-care")), 201);
        assertTrue(byStaff.path("eligible").asBoolean());
        assertTrue(byStaff.path("criteria").isNull());
        long b = byStaff.path("id").asLong();
        long c = coord("POST", "/vouchers/applications", application(callId, people[3], List.of("social-scholarship")), 201)
                .path("id").asLong();
        long d = coord("POST", "/vouchers/applications", application(callId, people[4], List.of("rural")), 201)
                .path("id").asLong();
        assertEquals(409, call("POST", "/vouchers/applications", "vcoord", PASSWORD,
                application(callId, people[1], List.of("rural"))).statusCode());

        // the sensitive criteria: coordinators and counsellors only, each read audited with the reason
        HttpResponse<String> counsellorRead = call("GET", "/vouchers/applications/" + b, "vcouns", PASSWORD, null,
                Map.of("X-Poliin-Reason", REASON));
        assertEquals(200, counsellorRead.statusCode());
        JsonNode seen = JSON.readTree(counsellorRead.body());
        assertEquals("social-scholarship", seen.path("criteria").get(0).asText());
        assertEquals("orphan-care", seen.path("criteria").get(1).asText());
        assertTrue(as("vstaff", PASSWORD, "GET", "/vouchers/applications/" + b, null, 200).path("criteria").isNull());
        assertTrue(admin("GET", "/vouchers/applications/" + b, null, 200).path("criteria").isNull());
        as("vviewer", PASSWORD, "GET", "/vouchers/applications/" + b, null, 403);
        JsonNode reads = admin("GET", "/audit?action=vouchers.application.criteria.read&count=true&entityId=" + b, null, 200);
        assertTrue(reads.path("total").asInt() >= 1);
        boolean withReason = false;
        for (JsonNode entry : reads.path("items")) {
            withReason |= REASON.equals(entry.path("reason").asText()) && "vcouns".equals(entry.path("actor").asText());
        }
        assertTrue("the counsellor's read is audited with the reason: " + reads, withReason);

        // evaluation: score and rank
        coord("PUT", "/vouchers/applications/" + a + "/assessment", Map.of("points", 20), 200); // 5 + 20
        JsonNode ranking = coord("GET", "/vouchers/calls/" + callId + "/ranking", null, 200).path("items");
        assertEquals(List.of(a, b, c, d), ids(ranking));
        assertEquals(25, ranking.get(0).path("score").asInt());
        assertEquals(1, ranking.get(0).path("rank").asInt());
        assertTrue(ranking.get(0).path("criteria").isNull());

        // awards: three fit, the fourth is a clear 409 and changes nothing
        JsonNode va = coord("POST", "/vouchers/applications/" + a + "/approve", Map.of(), 200);
        JsonNode vb = coord("POST", "/vouchers/applications/" + b + "/approve", Map.of("category", "MUSEUM"), 200);
        JsonNode vc = coord("POST", "/vouchers/applications/" + c + "/approve", Map.of("reason", "punctaj bun"), 200);
        assertMoney("150.00", va.path("value"));
        assertEquals("THEATRE", va.path("category").asText());
        assertEquals("MUSEUM", vb.path("category").asText());
        assertTrue(va.path("code").asText().matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"));
        assertNotEquals(va.path("code").asText(), vb.path("code").asText());
        JsonNode noRoom = coord("POST", "/vouchers/applications/" + d + "/approve", Map.of(), 409);
        assertEquals("urn:poliin:problem:conflict", noRoom.path("type").asText());
        assertTrue(noRoom.toString(), noRoom.path("detail").asText().contains("no room"));
        coord("POST", "/vouchers/applications/" + a + "/approve", Map.of(), 409);
        coord("POST", "/vouchers/applications/" + ineligible.path("id").asLong() + "/approve", Map.of(), 409);
        as("vstaff", PASSWORD, "POST", "/vouchers/applications/" + d + "/approve", Map.of(), 403);
        assertMoney("0.00", coord("GET", "/vouchers/funds/" + fundId, null, 200).path("available"));

        // the waiting list moves up when an award is declined
        coord("POST", "/vouchers/applications/" + d + "/waitlist", Map.of("reason", "Fond epuizat"), 200);
        coord("POST", "/vouchers/applications/987654321/reject", Map.of("reason", "x"), 404);
        JsonNode declined = coord("POST", "/vouchers/vouchers/" + vc.path("id").asLong() + "/decline",
                Map.of("reason", "Studentul nu mai poate participa"), 200);
        assertEquals("DECLINED", declined.path("voucher").path("status").asText());
        assertEquals(d, declined.path("promoted").path("id").asLong());
        assertEquals("APPROVED", coord("GET", "/vouchers/applications/" + d, null, 200).path("status").asText());
        assertMoney("450.00", coord("GET", "/vouchers/funds/" + fundId, null, 200).path("committed"));

        // vouchers: looked up by code in any case, with or without dashes; printable as PDF
        String code = va.path("code").asText();
        JsonNode byCode = as("vstaff", PASSWORD, "GET", "/vouchers/vouchers/codes/"
                + code.replace("-", "").toLowerCase(Locale.ROOT), null, 200);
        assertEquals(va.path("id").asLong(), byCode.path("id").asLong());
        assertEquals(404, call("GET", "/vouchers/vouchers/codes/" + unknownCode(), "vstaff", PASSWORD, null).statusCode());
        JsonNode mistyped = as("vstaff", PASSWORD, "GET", "/vouchers/vouchers/codes/" + mistype(code), null, 400);
        assertEquals("code", mistyped.path("errors").get(0).path("field").asText());
        HttpResponse<byte[]> pdf = pdf(va.path("id").asLong());
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));

        // redemption: partial, idempotent per receipt, never more than the value
        String receipt = "TNT-" + System.nanoTime();
        JsonNode first = as("vstaff", PASSWORD, "POST", "/vouchers/redemptions",
                spending(code, "100.50", theatre, receipt), 201);
        assertMoney("49.50", first.path("balance"));
        assertFalse(first.path("repeated").asBoolean());
        JsonNode again = as("vstaff", PASSWORD, "POST", "/vouchers/redemptions",
                spending(code.toLowerCase(Locale.ROOT), "100.5", theatre, receipt), 200);
        assertTrue(again.path("repeated").asBoolean());
        assertEquals(first.path("id").asLong(), again.path("id").asLong());
        JsonNode otherData = as("vstaff", PASSWORD, "POST", "/vouchers/redemptions",
                spending(code, "20.00", theatre, receipt), 409);
        assertTrue(otherData.path("detail").asText().contains(receipt));
        JsonNode overspend = as("vstaff", PASSWORD, "POST", "/vouchers/redemptions",
                spending(code, "49.51", theatre, receipt + "-2"), 409);
        assertTrue(overspend.toString(), overspend.path("detail").asText().contains("49.50"));
        assertEquals("amount", as("vstaff", PASSWORD, "POST", "/vouchers/redemptions",
                spending(code, "1.001", theatre, receipt + "-3"), 400).path("errors").get(0).path("field").asText());
        assertEquals("amount", as("vstaff", PASSWORD, "POST", "/vouchers/redemptions",
                spending(code, "-5", theatre, receipt + "-4"), 400).path("errors").get(0).path("field").asText());
        as("vstaff", PASSWORD, "POST", "/vouchers/redemptions", spending(unknownCode(), "5.00", theatre, receipt + "-5"), 404);
        as("vstaff", PASSWORD, "POST", "/vouchers/redemptions", spending(code, "5.00", museum, receipt + "-6"), 409);
        as("vstaff", PASSWORD, "POST", "/vouchers/redemptions", spending(code, "49.50", theatre, receipt + "-7"), 201);
        as("vstaff", PASSWORD, "POST", "/vouchers/redemptions",
                spending(vb.path("code").asText(), "30.00", museum, "MNA-" + System.nanoTime()), 201);
        assertMoney("0.00", as("vstaff", PASSWORD, "GET", "/vouchers/vouchers/" + va.path("id").asLong(), null, 200)
                .path("balance"));
        assertEquals(2, as("vstaff", PASSWORD, "GET", "/vouchers/vouchers/" + va.path("id").asLong() + "/redemptions",
                null, 200).size());
        as("vviewer", PASSWORD, "POST", "/vouchers/redemptions", spending(code, "1.00", theatre, receipt + "-8"), 403);

        // an expired voucher: a fund whose vouchers expired yesterday
        JsonNode old = coord("POST", "/vouchers/funds", fund("Fond IT expirat", "150.00", "150.00", TODAY.minusDays(1)), 201);
        long oldVenue = coord("POST", "/vouchers/funds/" + old.path("id").asLong() + "/venues",
                Map.of("name", "Teatrul Vechi", "category", "THEATRE"), 201).path("id").asLong();
        long oldCall = call(old.path("id").asLong());
        long oldApplication = coord("POST", "/vouchers/applications", application(oldCall, people[5], List.of("rural")), 201)
                .path("id").asLong();
        JsonNode expiring = coord("POST", "/vouchers/applications/" + oldApplication + "/approve", Map.of(), 200);
        JsonNode expired = as("vstaff", PASSWORD, "POST", "/vouchers/redemptions",
                spending(expiring.path("code").asText(), "10.00", oldVenue, "OLD-" + System.nanoTime()), 409);
        assertTrue(expired.toString(), expired.path("detail").asText().contains("expired"));

        // the beneficiary group: a meeting (a core event), attendance, a reflection
        JsonNode meeting = as("vstaff", PASSWORD, "POST", "/vouchers/meetings", Map.of("title", "Discuție după spectacol",
                "startsAt", TODAY.minusDays(1) + "T17:00:00", "status", "DONE", "place", "Casa Studenților"), 201);
        long meetingId = meeting.path("id").asLong();
        assertEquals("vouchers.group-meeting", meeting.path("type").asText());
        as("vstaff", PASSWORD, "PUT", "/vouchers/meetings/" + meetingId + "/attendance",
                Map.of("personId", people[1], "attendance", "PRESENT"), 200);
        as("vstaff", PASSWORD, "PUT", "/vouchers/meetings/" + meetingId + "/attendance",
                Map.of("personId", people[2], "attendance", "ABSENT"), 200);
        as("vstaff", PASSWORD, "PUT", "/vouchers/meetings/" + meetingId + "/attendance",
                Map.of("personId", people[2], "attendance", "PRESENT"), 200);
        as("vstaff", PASSWORD, "POST", "/vouchers/meetings/" + meetingId + "/reflections",
                Map.of("personId", people[1], "text", "Am înțeles altfel piesa după discuție."), 201);
        assertEquals("Am înțeles altfel piesa după discuție.", as("vcouns", PASSWORD, "GET",
                "/vouchers/meetings/" + meetingId + "/reflections", null, 200).get(0).path("text").asText());
        assertEquals(2, as("vstaff", PASSWORD, "GET", "/events/" + meetingId + "/participants", null, 200).size());
        as("vviewer", PASSWORD, "GET", "/events/" + meetingId + "/participants", null, 403);

        // the module's report and the funder report: database figures, also as CSV
        JsonNode after = as("vviewer", PASSWORD, "GET", "/vouchers/report?" + PERIOD, null, 200);
        assertEquals(before.path("vouchersAwarded").asLong() + 4, after.path("vouchersAwarded").asLong());
        assertEquals(before.path("beneficiaries").asLong() + 4, after.path("beneficiaries").asLong());
        assertEquals(money(before, "amountAwarded").add(new BigDecimal("600.00")), money(after, "amountAwarded"));
        assertEquals(money(before, "amountSpent").add(new BigDecimal("180.00")), money(after, "amountSpent"));
        assertEquals(money(before, "amountRemaining").add(new BigDecimal("420.00")), money(after, "amountRemaining"));
        assertEquals(before.path("meetingsHeld").asLong() + 1, after.path("meetingsHeld").asLong());
        assertTrue(hasVenue(after, "Teatrul Național", "150.00"));
        assertEquals(awardedBefore + 4, indicator("vouchers.vouchers-awarded"));
        assertEquals(meetingsBefore + 1, indicator("vouchers.group-meetings"));
        HttpResponse<String> csv = call("GET", "/vouchers/report?" + PERIOD + "&format=csv", "vviewer", PASSWORD, null,
                Map.of("Accept-Language", "ro"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body(), csv.body().startsWith("section,key,name,vouchers,awarded,spent,remaining"));
        assertTrue(csv.body(), csv.body().contains("category,THEATRE,teatru,"));
        assertTrue(csv.body(), csv.body().contains(",Teatrul Național,"));
        assertEquals(400, call("GET", "/vouchers/report?from=2024-01-01", "vviewer", PASSWORD, null).statusCode());

        // privacy: the export shows the application with its criteria, erasure keeps the amounts
        JsonNode export = admin("GET", "/privacy/people/" + people[2] + "/export", null, 200);
        assertTrue(export.toString(), export.toString().contains("orphan-care"));
        admin("POST", "/privacy/people/" + people[2] + "/erasure", null, 200);
        JsonNode erased = coord("GET", "/vouchers/applications/" + b, null, 200);
        assertTrue(erased.path("criteria").isNull());
        assertEquals("APPROVED", erased.path("status").asText());
        assertEquals(money(after, "amountAwarded"), money(coord("GET", "/vouchers/report?" + PERIOD, null, 200),
                "amountAwarded"));
    }

    @Test
    public void twoHundredConcurrentApprovalsGiveExactlyFiftyThreeAwards() throws Exception {
        JsonNode fund = coord("POST", "/vouchers/funds", fund("Fond IT concurență", "7950.00", "150.00",
                TODAY.plusDays(60)), 201);
        long fundId = fund.path("id").asLong();
        long callId = call(fundId);
        List<Long> applications = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long person = person("Student", "Concurent-" + i);
            applications.add(coord("POST", "/vouchers/applications", application(callId, person, List.of("rural")), 201)
                    .path("id").asLong());
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("vcoord:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (long id : applications) {
            answers.add(client.sendAsync(HttpRequest.newBuilder(URI.create(base() + "/vouchers/applications/" + id + "/approve"))
                    .timeout(Duration.ofSeconds(120)).header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString()));
        }
        int awarded = 0;
        Map<Integer, Integer> statuses = new HashMap<>();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 200) {
                awarded++;
            } else {
                assertEquals(response.body(), 409, response.statusCode());
                assertEquals("urn:poliin:problem:conflict", JSON.readTree(response.body()).path("type").asText());
            }
        }
        assertEquals("answers: " + statuses, 53, awarded);
        JsonNode after = coord("GET", "/vouchers/funds/" + fundId, null, 200);
        assertMoney("7950.00", after.path("committed"));
        assertMoney("0.00", after.path("available"));
        assertEquals(53, coord("GET", "/vouchers/vouchers?fundId=" + fundId + "&size=100&count=true", null, 200).path("total").asInt());
        assertEquals(53, coord("GET", "/vouchers/applications?callId=" + callId + "&status=APPROVED&count=true", null, 200)
                .path("total").asInt());
        assertEquals(53, count("SELECT COUNT(*) FROM VOUCHERS_VOUCHER WHERE FUND_ID = " + fundId));
        assertEquals(53, count("SELECT COUNT(DISTINCT CODE) FROM VOUCHERS_VOUCHER WHERE FUND_ID = " + fundId));
        assertEquals(0, count("SELECT COUNT(*) FROM VOUCHERS_FUND WHERE COMMITTED_AMOUNT > BUDGET"));
    }

    @Test
    public void badInputIsAClear4xx() throws Exception {
        Map<String, Object> fund = fund("Fond IT greșit", "100.005", "50", TODAY);
        assertEquals("budget", coord("POST", "/vouchers/funds", fund, 400).path("errors").get(0).path("field").asText());
        fund.put("budget", "-10");
        assertEquals("budget", coord("POST", "/vouchers/funds", fund, 400).path("errors").get(0).path("field").asText());
        fund.put("budget", "100");
        fund.put("categories", List.of("OPERA"));
        assertEquals("categories", coord("POST", "/vouchers/funds", fund, 400).path("errors").get(0).path("field").asText());
        coord("POST", "/vouchers/funds", Map.of("name", "x"), 400);
        as("vstaff", PASSWORD, "POST", "/vouchers/funds", fund("Fond IT staff", "100", "50", TODAY), 403);
        coord("GET", "/vouchers/funds/987654321", null, 404);
        coord("GET", "/vouchers/vouchers/987654321/pdf", null, 404);
        coord("GET", "/vouchers/meetings/987654321/reflections", null, 404);
        JsonNode spending = as("vstaff", PASSWORD, "POST", "/vouchers/redemptions",
                Map.of("code", "not a code", "amount", "5", "venueId", 1, "receiptNo", "R1"), 400);
        assertEquals("code", spending.path("errors").get(0).path("field").asText());
    }

    @Test
    public void theModuleComesAndGoesAtRuntimeAndItsDataStays() throws Exception {
        long fundId = coord("POST", "/vouchers/funds", fund("Fond IT ciclu de viață", "300", "150", TODAY.plusDays(30)), 201)
                .path("id").asLong();
        long funds = count("SELECT COUNT(*) FROM VOUCHERS_FUND");
        List<String> stopped = new CopyOnWriteArrayList<>();
        BundleListener listener = event -> {
            if (event.getType() == BundleEvent.STOPPED) {
                stopped.add(event.getBundle().getSymbolicName());
            }
        };
        bundleContext.addBundleListener(listener);
        try {
            features.uninstallFeature(FEATURE);
            assertFalse(moduleIds().contains("vouchers"));
            assertEquals(404, call("GET", "/vouchers/funds", "vcoord", PASSWORD, null).statusCode());
            assertFalse(admin("GET", "/openapi.json", null, 200).path("paths").has("/vouchers/funds"));
            assertEquals("the funds are still in the database", funds, count("SELECT COUNT(*) FROM VOUCHERS_FUND"));
            assertTrue("no platform bundle stopped: " + stopped, stopped.stream()
                    .filter(name -> name.startsWith("org.poliin.")).allMatch("org.poliin.vouchers"::equals));
            features.installFeature(FEATURE);
            awaitModule();
            assertTrue(moduleIds().contains("vouchers"));
            assertTrue(coord("GET", "/vouchers/funds/" + fundId, null, 200).path("name").asText()
                    .startsWith("Fond IT ciclu de viață"));
            assertTrue(admin("GET", "/openapi.json", null, 200).path("paths").has("/vouchers/funds"));
        } finally {
            bundleContext.removeBundleListener(listener);
        }
    }

    /** What PlatformIT checks for every operation, for the module's: 401 anonymous, really served for admin. */
    @Test
    public void everyOperationOfTheModuleIsDescribedSecuredAndServed() throws Exception {
        JsonNode paths = admin("GET", "/openapi.json", null, 200).path("paths");
        int operations = 0;
        for (java.util.Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/vouchers/")) {
                continue;
            }
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "987654321");
            for (java.util.Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> operation = ops.next();
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                HttpResponse<String> anonymous = call(method, concrete, null, null, null);
                assertEquals(method + " " + concrete + " without credentials", 401, anonymous.statusCode());
                java.util.Iterator<String> types = operation.getValue().path("requestBody").path("content").fieldNames();
                String contentType = types.hasNext() ? types.next() : "application/json";
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
        assertTrue("operations checked: " + operations, operations >= 25);
    }

    // ---- helpers

    private JsonNode coord(String method, String path, Object body, int expected) throws Exception {
        return as("vcoord", PASSWORD, method, path, body, expected);
    }

    private void awaitModule() throws Exception {
        long deadline = System.currentTimeMillis() + 90_000;
        while (!moduleIds().contains("vouchers")
                || call("GET", "/vouchers/funds", "vcoord", PASSWORD, null).statusCode() != 200) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("The vouchers module did not come up");
            }
            Thread.sleep(200);
        }
    }

    private List<String> moduleIds() throws Exception {
        List<String> ids = new ArrayList<>();
        admin("GET", "/modules", null, 200).forEach(m -> ids.add(m.path("id").asText()));
        return ids;
    }

    private long indicator(String key) throws Exception {
        for (JsonNode module : as("vviewer", PASSWORD, "GET", "/indicators?" + PERIOD, null, 200).path("modules")) {
            for (JsonNode indicator : module.path("indicators")) {
                if (key.equals(indicator.path("key").asText())) {
                    return indicator.path("value").asLong();
                }
            }
        }
        throw new AssertionError("no indicator " + key);
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Map<String, Object> fund(String name, String budget, String value, LocalDate expires) {
        Map<String, Object> fund = new LinkedHashMap<>();
        fund.put("name", name + " " + System.nanoTime());
        fund.put("periodFrom", TODAY.minusDays(30).toString());
        fund.put("periodTo", TODAY.plusDays(60).toString());
        fund.put("budget", new BigDecimal(budget));
        fund.put("voucherValue", new BigDecimal(value));
        fund.put("voucherExpiresOn", expires.toString());
        fund.put("categories", List.of("THEATRE", "MUSEUM", "BOOKS"));
        return fund;
    }

    private long call(long fundId) throws Exception {
        return coord("POST", "/vouchers/calls", Map.of("fundId", fundId, "title", "Apel IT", "opensOn",
                TODAY.minusDays(10).toString(), "closesOn", TODAY.plusDays(10).toString(), "minCriteria", 1, "criteria",
                List.of(criterion("social-scholarship", "Bursă socială", "Social scholarship holder", 10),
                        criterion("rural", "Mediu rural", "Rural origin", 5),
                        criterion("orphan-care", "Orfan sau din centru de plasament", "Orphan or from a care institution", 10),
                        criterion("disability", "Dizabilitate", "Disability", 10))), 201).path("id").asLong();
    }

    private static Map<String, Object> criterion(String code, String ro, String en, int points) {
        return Map.of("code", code, "labelRo", ro, "labelEn", en, "points", points, "mandatory", false);
    }

    private static Map<String, Object> application(long callId, long personId, List<String> criteria) {
        return Map.of("callId", callId, "personId", personId, "criteria", criteria, "evidenceRef", "Adeverință 7/2024",
                "preferredCategory", "THEATRE");
    }

    private static Map<String, Object> spending(String code, String amount, long venueId, String receipt) {
        return Map.of("code", code, "amount", new BigDecimal(amount), "venueId", venueId, "receiptNo", receipt);
    }

    private long person(String given, String family) throws Exception {
        return as("vstaff", PASSWORD, "POST", "/people", Map.of("givenName", given, "familyName", family), 201)
                .path("id").asLong();
    }

    private HttpResponse<byte[]> pdf(long voucherId) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(("vstaff:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/vouchers/vouchers/"
                + voucherId + "/pdf")).header("Authorization", auth).header("Accept", "application/pdf").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    private static BigDecimal money(JsonNode report, String field) {
        return report.path(field).decimalValue().setScale(2);
    }

    /** Amounts are JSON numbers with two decimals; the test's JSON reader sees them as numbers. */
    private static void assertMoney(String expected, JsonNode value) {
        assertTrue("expected " + expected + " but was " + value, value.isNumber()
                && value.decimalValue().compareTo(new BigDecimal(expected)) == 0);
    }

    private static boolean hasVenue(JsonNode report, String name, String spent) {
        for (JsonNode row : report.path("byVenue")) {
            if (name.equals(row.path("venueName").asText()) && row.path("spent").decimalValue().compareTo(new BigDecimal(spent)) == 0) {
                return true;
            }
        }
        return false;
    }

    // Crockford base32 and Luhn mod 32, as the module computes codes: a well-formed code nobody holds
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static String unknownCode() {
        SecureRandom random = new SecureRandom();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 15; i++) {
            code.append(ALPHABET.charAt(random.nextInt(32)));
        }
        int factor = 2;
        int sum = 0;
        for (int i = code.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(code.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / 32 + addend % 32;
        }
        return code.append(ALPHABET.charAt((32 - sum % 32) % 32)).toString();
    }

    private static String mistype(String code) {
        char wrong = code.charAt(0) == 'A' ? 'B' : 'A';
        return wrong + code.substring(1);
    }
}
