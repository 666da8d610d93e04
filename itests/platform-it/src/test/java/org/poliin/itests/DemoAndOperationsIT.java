package org.poliin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivilegedExceptionAction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.inject.Inject;
import javax.security.auth.Subject;

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

import com.fasterxml.jackson.databind.JsonNode;

/** A demo installation (the demo switch on) and what a sysadmin does in the shell: imports, backups. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DemoAndOperationsIT extends PlatformTestSupport {

    @Inject
    protected SessionFactory shell;

    @Configuration
    public Option[] configuration() {
        return platform(editConfigurationFilePut("etc/org.poliin.demo.cfg", "enabled", "true"));
    }

    @Before
    public void ready() throws Exception {
        awaitPlatform();
    }

    @Test
    public void theDemoSwitchLoadsTheDemoDataOnce() throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        JsonNode schools;
        do {
            schools = admin("GET", "/organisations?count=true&type=HIGH_SCHOOL&size=100", null, 200);
            Thread.sleep(250);
        } while (schools.path("total").asInt() < 35 && System.currentTimeMillis() < deadline);
        assertEquals(35, schools.path("total").asInt());
        // the demo schools in localities under 10,000 inhabitants (every demo commune is that small)
        assertEquals(28, admin("GET", "/organisations?count=true&type=HIGH_SCHOOL&maxPopulation=10000", null, 200)
                .path("total").asInt());
        // each module's demo set is loaded once, by the system: the core's and every programme module's
        for (String module : List.of("core", "outreach", "vouchers", "counselling")) {
            JsonNode loads;
            do {
                loads = admin("GET", "/audit?count=true&action=demo.load&entityType=module&entityId=" + module, null, 200);
                Thread.sleep(250);
            } while (loads.path("total").asInt() == 0 && System.currentTimeMillis() < deadline + 60_000);
            assertEquals(module, 1, loads.path("total").asInt());
            assertEquals(module, "system", loads.path("items").get(0).path("actor").asText());
        }
        // one report for the funder, with the figures the programme reported for 2024
        Map<String, Long> report = new HashMap<>();
        for (JsonNode module : admin("GET", "/indicators?from=2024-01-01&to=2024-12-31", null, 200).path("modules")) {
            for (JsonNode indicator : module.path("indicators")) {
                report.put(indicator.path("key").asText(), indicator.path("value").asLong());
            }
        }
        assertEquals(report.toString(), Long.valueOf(25), report.get("outreach.schools-visited"));
        assertTrue(report.toString(), report.get("outreach.pupils-informed") > 1700);
        assertEquals(report.toString(), Long.valueOf(53), report.get("vouchers.vouchers-awarded"));
        assertEquals(report.toString(), Long.valueOf(53), report.get("vouchers.beneficiaries"));
        assertEquals(report.toString(), Long.valueOf(9), report.get("vouchers.group-meetings"));
        assertEquals(report.toString(), Long.valueOf(4), report.get("counselling.meetings-held"));
    }

    @Test
    public void sysadminsImportAndBackUpFromTheShell() throws Exception {
        Path file = Files.createTempFile("localities", ".csv");
        Files.writeString(file, "code,name,county,population,type\nSH-1,Satul din Shell,Bihor,812,rural\n"
                + "SH-2,,Bihor,10,rural\n", StandardCharsets.UTF_8);
        String imported = run("poliin:import localities " + file);
        assertTrue(imported, imported.contains("2 rows: 1 created"));
        assertTrue(imported, imported.contains("line 3 (name)"));
        assertEquals("Satul din Shell", admin("GET", "/localities?q=satul%20din%20shell", null, 200)
                .path("items").get(0).path("name").asText());
        // audited under the shell user's name
        assertEquals("sysadmin", admin("GET", "/audit?count=true&action=locality.import", null, 200)
                .path("items").get(0).path("actor").asText());

        Path backups = Files.createTempDirectory("poliin-backups");
        String backedUp = run("poliin:db-backup " + backups);
        assertTrue(backedUp, backedUp.contains("Backup written to"));
        try (var folders = Files.list(backups)) {
            Path backup = folders.findFirst().orElseThrow();
            assertTrue("Derby wrote a full copy of the database", Files.isDirectory(backup.resolve("derby/seg0")));
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
