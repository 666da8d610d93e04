package org.poliin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * A module installed, removed and installed again on the running platform, as a sysadmin does with
 * feature:install and feature:uninstall: it appears and disappears everywhere, its data stays, and
 * nothing else restarts.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModuleLifecycleIT extends PlatformTestSupport {

    private static final String FEATURE = "poliin-mentoring";
    private static final String MODULE_BUNDLE = "org.poliin.example.mentoring";
    private static final String PERIOD = "/indicators?from=2024-09-01&to=2025-06-30";

    @Inject
    protected FeaturesService features;

    @Inject
    @Filter("(osgi.jndi.service.name=poliin)")
    protected DataSource dataSource;

    @Configuration
    public Option[] configuration() {
        String mail = "etc/org.poliin.mail.cfg";
        return platform(systemProperty("poliin.it.mentoring.features").value(maven().groupId("org.poliin")
                .artifactId("org.poliin.example.mentoring").classifier("features").type("xml").versionAsInProject()
                .getURL()),
                editConfigurationFilePut(mail, "host", "127.0.0.1"),
                editConfigurationFilePut(mail, "port", Integer.toString(TestSmtpServer.port())),
                editConfigurationFilePut(mail, "security", "NONE"),
                editConfigurationFilePut(mail, "from", "poliin@upt.example"),
                editConfigurationFilePut(mail, "poll.seconds", "1"));
    }

    @Before
    public void ready() throws Exception {
        awaitPlatform();
        createUser("staff1", "staff");
        createUser("viewer1", "viewer");
        createUser("couns1", "counsellor");
        features.addRepository(URI.create(System.getProperty("poliin.it.mentoring.features")));
    }

    @Test
    public void aModuleComesAndGoesAtRuntimeAndItsDataStays() throws Exception {
        List<String> stopped = new CopyOnWriteArrayList<>();
        BundleListener listener = event -> {
            if (event.getType() == BundleEvent.STOPPED) {
                stopped.add(event.getBundle().getSymbolicName());
            }
        };
        bundleContext.addBundleListener(listener);
        try {
            if (moduleIds().contains("mentoring")) {
                features.uninstallFeature(FEATURE);
            }
            assertFalse(moduleIds().contains("mentoring"));

            install();
            long pairsBefore = value("mentoring.pairs-active");
            long sessionsBefore = value("mentoring.sessions-held");
            assertTrue(moduleIds().contains("mentoring"));
            JsonNode module = admin("GET", "/modules/mentoring", null, 200);
            assertEquals("Peer mentoring", module.path("name").path("en").asText());
            assertEquals("Mentorat între studenți", module.path("name").path("ro").asText());
            assertTrue(module.path("privacyDeclared").asBoolean());
            assertTrue(reportIndicators().contains("mentoring.pairs-active"));
            assertTrue(admin("GET", "/openapi.json", null, 200).path("paths").has("/mentoring/pairs"));

            long mentor = person("Andrei", "Mureșan");
            long mentee = as("staff1", PASSWORD, "POST", "/people", Map.of("givenName", "Ioana", "familyName",
                    "Știrbu", "email", "ioana.stirbu@student.example"), 201).path("id").asLong();
            JsonNode pair = as("staff1", PASSWORD, "POST", "/mentoring/pairs", Map.of("mentorPersonId", mentor,
                    "menteePersonId", mentee, "startedOn", "2024-10-01", "goals", "Să învețe să învețe"), 201);
            long pairId = pair.path("id").asLong();
            // the module queued a welcome mail in the same transaction; the platform delivers it over SMTP
            long mailDeadline = System.currentTimeMillis() + 30_000;
            JsonNode sent;
            do {
                sent = admin("GET", "/mail/outbox?count=true&status=SENT", null, 200);
                Thread.sleep(250);
            } while (sent.path("total").asInt() == 0 && System.currentTimeMillis() < mailDeadline);
            assertEquals("the welcome mail was delivered; the outbox: " + admin("GET", "/mail/outbox", null, 200),
                    1, sent.path("total").asInt());
            assertEquals("ioana.stirbu@student.example", sent.path("items").get(0).path("recipient").asText());
            as("staff1", PASSWORD, "GET", "/mail/outbox", null, 403);
            as("viewer1", PASSWORD, "GET", "/mentoring/pairs", null, 403);
            JsonNode session = as("staff1", PASSWORD, "POST", "/events", Map.of("type", "mentoring.session",
                    "title", "Prima întâlnire", "startsAt", "2024-10-08T16:00:00", "status", "DONE"), 201);
            long sessionId = session.path("id").asLong();
            as("staff1", PASSWORD, "PUT", "/events/" + sessionId + "/participants",
                    Map.of("personId", mentee, "attendance", "PRESENT"), 200);
            assertEquals(pairsBefore + 1, value("mentoring.pairs-active"));
            assertEquals(sessionsBefore + 1, value("mentoring.sessions-held"));
            long pairsStored = pairsInDatabase();

            // the module decides who sees who met whom, and those reads are audited
            as("couns1", PASSWORD, "GET", "/events/" + sessionId + "/participants", null, 403);
            as("staff1", PASSWORD, "GET", "/events/" + sessionId + "/participants", null, 200);
            assertTrue(admin("GET", "/audit?count=true&action=event.participants.read&entityId=" + sessionId, null, 200)
                    .path("total").asInt() >= 1);

            stopped.clear();
            features.uninstallFeature(FEATURE);
            assertFalse(moduleIds().contains("mentoring"));
            assertEquals(404, call("GET", "/mentoring/pairs", "staff1", PASSWORD, null).statusCode());
            assertFalse(reportIndicators().contains("mentoring.pairs-active"));
            assertFalse(admin("GET", "/openapi.json", null, 200).path("paths").has("/mentoring/pairs"));
            assertEquals("the pairs are still in the database", pairsStored, pairsInDatabase());
            // the event stays; with its module gone nobody can tell who may see its participants
            as("staff1", PASSWORD, "GET", "/events/" + sessionId, null, 200);
            as("staff1", PASSWORD, "GET", "/events/" + sessionId + "/participants", null, 403);
            assertEquals("only the module stopped: " + stopped, List.of(MODULE_BUNDLE), distinct(stopped));

            stopped.clear();
            install();
            assertEquals("Să învețe să învețe",
                    as("staff1", PASSWORD, "GET", "/mentoring/pairs/" + pairId, null, 200).path("goals").asText());
            assertEquals(pairsBefore + 1, value("mentoring.pairs-active"));
            assertTrue("nothing stopped on reinstall: " + stopped, stopped.isEmpty());
        } finally {
            bundleContext.removeBundleListener(listener);
        }
    }

    @Test
    public void privacyRequestsReachTheModuleEvenWhenItWasAbsent() throws Exception {
        install();
        long mentor = person("Bianca", "Țurcan");
        long mentee = person("Mihai", "Ardeleanu");
        long pairId = as("staff1", PASSWORD, "POST", "/mentoring/pairs", Map.of("mentorPersonId", mentor,
                "menteePersonId", mentee, "startedOn", "2024-10-07", "goals", "Bursă de merit"), 201).path("id").asLong();

        JsonNode export = admin("GET", "/privacy/people/" + mentee + "/export", null, 200);
        JsonNode mentoring = moduleData(export, "mentoring");
        assertEquals("mentee", mentoring.path("records").get(0).path("data").path("role").asText());
        assertEquals("Bursă de merit", mentoring.path("records").get(0).path("data").path("goals").asText());

        // erased while the module is away: the module erases when it comes back
        features.uninstallFeature(FEATURE);
        admin("POST", "/privacy/people/" + mentee + "/erasure", null, 200);
        install();
        long deadline = System.currentTimeMillis() + 30_000;
        JsonNode pair;
        do {
            pair = as("staff1", PASSWORD, "GET", "/mentoring/pairs/" + pairId, null, 200);
            Thread.sleep(200);
        } while (!pair.path("goals").isNull() && System.currentTimeMillis() < deadline);
        assertTrue("the goals were erased on the module's return", pair.path("goals").isNull());
        assertTrue(admin("GET", "/audit?count=true&action=privacy.erasure.replay&entityId=" + mentee, null, 200)
                .path("total").asInt() >= 1);
    }

    private void install() throws Exception {
        features.installFeature(FEATURE);
        long deadline = System.currentTimeMillis() + 60_000;
        while (!moduleIds().contains("mentoring") || call("GET", "/mentoring/pairs", "admin", ADMIN_PASSWORD, null)
                .statusCode() != 200) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("The mentoring module did not come up");
            }
            Thread.sleep(200);
        }
    }

    private List<String> moduleIds() throws Exception {
        List<String> ids = new ArrayList<>();
        admin("GET", "/modules", null, 200).forEach(m -> ids.add(m.path("id").asText()));
        return ids;
    }

    private List<String> reportIndicators() throws Exception {
        List<String> keys = new ArrayList<>();
        admin("GET", PERIOD, null, 200).path("modules")
                .forEach(m -> m.path("indicators").forEach(i -> keys.add(i.path("key").asText())));
        return keys;
    }

    private long value(String key) throws Exception {
        for (JsonNode module : as("viewer1", PASSWORD, "GET", PERIOD, null, 200).path("modules")) {
            for (JsonNode indicator : module.path("indicators")) {
                if (key.equals(indicator.path("key").asText())) {
                    return indicator.path("value").asLong();
                }
            }
        }
        throw new AssertionError("no indicator " + key);
    }

    private long person(String given, String family) throws Exception {
        return as("staff1", PASSWORD, "POST", "/people", Map.of("givenName", given, "familyName", family), 201)
                .path("id").asLong();
    }

    private static JsonNode moduleData(JsonNode export, String moduleId) {
        for (JsonNode module : export.path("modules")) {
            if (moduleId.equals(module.path("moduleId").asText())) {
                return module;
            }
        }
        throw new AssertionError("no data of module " + moduleId + " in " + export);
    }

    private long pairsInDatabase() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM MENTORING_PAIR")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> distinct(List<String> names) {
        return names.stream().distinct().toList();
    }
}
