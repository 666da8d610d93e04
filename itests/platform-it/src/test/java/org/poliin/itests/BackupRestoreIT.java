package org.poliin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

/**
 * Backups are proven by restoring them. Writers create people over HTTP while the shell command and the
 * scheduled job back the database up; each backup is then restored into a fresh unpack of the
 * distribution with its own scripts ({@code bin/poliin-restore}, {@code bin/start}), and every person
 * acknowledged (201) before that backup started is there, unchanged.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BackupRestoreIT extends PlatformTestSupport {

    private static final int WRITERS = 4;
    /** ASCII: a .cfg file is read as ISO-8859-1, and the test server's password has Romanian letters. */
    private static final String RESTORED_ADMIN_PASSWORD = "Parola-de-restaurare-1";
    private static final Pattern BACKUP_FOLDER = Pattern.compile("poliin-(\\d{8}-\\d{6}-\\d{3}Z)");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS'Z'")
            .withZone(ZoneOffset.UTC);

    @Inject
    protected SessionFactory shell;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A person the platform acknowledged, and when the acknowledgement arrived. */
    private record Acknowledged(long id, String givenName, String familyName, String email, Instant at) {
    }

    @Configuration
    public Option[] configuration() {
        return platform(systemProperty("poliin.restore.server")
                .value(System.getProperty("poliin.restore.server", "target/restore-server/missing")));
    }

    @Before
    public void ready() throws Exception {
        awaitPlatform();
    }

    @Test
    public void everyPersonAcknowledgedBeforeABackupStartedIsThereAfterTheBackupIsRestored() throws Exception {
        Path etc = Path.of(System.getProperty("karaf.etc"));
        Path scheduledDirectory = Files.createTempDirectory("poliin-scheduled-backups");
        Path shellDirectory = Files.createTempDirectory("poliin-shell-backups");
        // the sysadmin's way: the shipped example copied to org.poliin.backup.cfg, here every 2 seconds
        Files.writeString(etc.resolve("org.poliin.backup.cfg"), "schedule = 0/2 * * * * ?\ndirectory = "
                + scheduledDirectory + "\nkeep = 3\n", StandardCharsets.UTF_8);

        Writers writers = new Writers();
        writers.start();
        awaitAcknowledged(writers, 20);
        Instant twentyAcknowledged = Instant.now();

        Instant shellBackupStarted = Instant.now();
        String printed = run("poliin:db-backup " + shellDirectory);
        assertTrue(printed, printed.contains("Backup written to " + shellDirectory));

        // writers go on until the schedule has taken a backup after the first twenty people
        long deadline = System.currentTimeMillis() + 120_000;
        while (startsOf(scheduledDirectory).stream().noneMatch(start -> start.isAfter(twentyAcknowledged))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        // then no more scheduled backups: the configuration removed, the job gone, a backup in progress
        // finished (one backup runs at a time, so this one waits for it)
        Files.delete(etc.resolve("org.poliin.backup.cfg"));
        awaitNoScheduledJob();
        run("poliin:db-backup " + Files.createTempDirectory("poliin-after-schedule"));
        // and more people while no backup is taken
        awaitAcknowledged(writers, writers.acknowledged.size() + 40);
        writers.stop();
        assertTrue("no write failed: " + writers.failures, writers.failures.isEmpty());

        Path shellBackup = onlyBackupIn(shellDirectory);
        assertFalse("the scheduled directory holds no half-written backup: " + names(scheduledDirectory),
                names(scheduledDirectory).stream().anyMatch(name -> name.endsWith(".partial")));
        List<Path> scheduled = completeBackups(scheduledDirectory);
        assertTrue("keep = 3: " + names(scheduledDirectory), !scheduled.isEmpty() && scheduled.size() <= 3);
        Path scheduledBackup = scheduled.get(scheduled.size() - 1);
        assertTrue(scheduledBackup + " started after the first twenty people",
                start(scheduledBackup).isAfter(twentyAcknowledged));

        Server restored = new Server(Path.of(System.getProperty("poliin.restore.server")));
        restored.forgetEarlierRuns();
        restored.configure();
        try {
            restoreAndCheck(restored, shellBackup, shellBackupStarted, writers);
            restoreAndCheck(restored, scheduledBackup, start(scheduledBackup), writers);
        } finally {
            restored.stop();
        }
    }

    @Test
    public void theHealthCheckShowsTheLastBackupAndWarnsWhenTheScheduleFails() throws Exception {
        Path etc = Path.of(System.getProperty("karaf.etc"));
        Path directory = Files.createTempDirectory("poliin-health-backups");
        Files.writeString(etc.resolve("org.poliin.backup.cfg"),
                "schedule = 0/2 * * * * ?\ndirectory = " + directory + "\nkeep = 2\n", StandardCharsets.UTF_8);
        awaitBackupCheck("UP", "Last successful backup: " + directory);
        // the audit log has each one, with what started it
        JsonNode audited = admin("GET", "/audit?action=database.backup", null, 200);
        assertTrue(audited.toString(), audited.path("items").get(0).path("detail").asText().startsWith("SCHEDULE "));

        // a directory that cannot be written: the next scheduled backup fails, and the check warns
        Path inTheWay = Files.writeString(directory.resolve("not-a-directory"), "x");
        Files.writeString(etc.resolve("org.poliin.backup.cfg"),
                "schedule = 0/2 * * * * ?\ndirectory = " + inTheWay.resolve("backups") + "\nkeep = 2\n",
                StandardCharsets.UTF_8);
        awaitBackupCheck("WARN", "The last scheduled backup, started");
        assertTrue(admin("GET", "/audit?action=database.backup.failed&count=true", null, 200).path("total").asInt() > 0);

        // a schedule the scheduler refuses is a warning too, naming the schedule
        Files.writeString(etc.resolve("org.poliin.backup.cfg"), "schedule = every night\n", StandardCharsets.UTF_8);
        awaitBackupCheck("WARN", "the schedule 'every night' is not a valid cron expression");

        Files.delete(etc.resolve("org.poliin.backup.cfg"));
        awaitBackupCheck("UP", "No backup is scheduled (configure org.poliin.backup");
        awaitNoScheduledJob();
    }

    private void restoreAndCheck(Server server, Path backup, Instant backupStarted, Writers writers) throws Exception {
        List<Acknowledged> before = writers.acknowledged.stream().filter(person -> person.at().isBefore(backupStarted))
                .toList();
        long after = writers.acknowledged.stream().filter(person -> person.at().isAfter(backupStarted)).count();
        assertTrue(backup + " was taken while writers wrote: " + before.size() + " before, " + after + " after",
                before.size() >= 20 && after > 0);

        String restoreOutput = server.script("bin/poliin-restore", backup.toString());
        assertTrue(restoreOutput, restoreOutput.contains("Restored " + backup.resolve("derby")));
        server.start();
        try {
            List<String> missing = new ArrayList<>();
            for (Acknowledged person : before) {
                HttpResponse<String> found = server.get("/people/" + person.id());
                if (found.statusCode() != 200) {
                    missing.add(person.id() + " (" + found.statusCode() + ")");
                    continue;
                }
                JsonNode json = JSON.readTree(found.body());
                assertEquals(person.givenName(), json.path("givenName").asText());
                assertEquals(person.familyName(), json.path("familyName").asText());
                assertEquals(person.email(), json.path("email").asText());
            }
            assertTrue("every person acknowledged before " + backup.getFileName() + " started is there; missing "
                    + missing.size() + " of " + before.size() + ": " + missing, missing.isEmpty());
        } finally {
            server.stop();
        }
    }

    /** Writer threads creating people; each 201 is remembered with the time it arrived. */
    private final class Writers {

        final ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        final List<String> failures = new CopyOnWriteArrayList<>();
        private final AtomicBoolean writing = new AtomicBoolean(true);
        private final AtomicInteger sequence = new AtomicInteger();
        private final List<Thread> threads = new ArrayList<>();

        void start() {
            for (int i = 0; i < WRITERS; i++) {
                Thread thread = new Thread(this::write, "backup-it-writer-" + i);
                threads.add(thread);
                thread.start();
            }
        }

        private void write() {
            while (writing.get() && failures.size() < 5) {
                int n = sequence.incrementAndGet();
                String given = "Ioana-" + n;
                String family = "Scriitoarea-" + n;
                String email = "scriitoarea." + n + "@example.ro";
                try {
                    HttpResponse<String> created = call("POST", "/people", "admin", ADMIN_PASSWORD,
                            Map.of("givenName", given, "familyName", family, "email", email));
                    Instant at = Instant.now();
                    if (created.statusCode() == 201) {
                        acknowledged.add(new Acknowledged(JSON.readTree(created.body()).path("id").asLong(), given,
                                family, email, at));
                    } else {
                        failures.add(created.statusCode() + " " + created.body());
                    }
                } catch (IOException | InterruptedException e) {
                    failures.add(e.toString());
                }
            }
        }

        void stop() throws InterruptedException {
            writing.set(false);
            for (Thread thread : threads) {
                thread.join(120_000);
            }
        }
    }

    private void awaitAcknowledged(Writers writers, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (writers.acknowledged.size() < count && writers.failures.isEmpty()
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertTrue("writers failed: " + writers.failures, writers.failures.isEmpty());
        assertTrue("writers acknowledged " + writers.acknowledged.size() + " of " + count,
                writers.acknowledged.size() >= count);
    }

    private void awaitBackupCheck(String status, String message) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        JsonNode check = null;
        while (System.currentTimeMillis() < deadline) {
            check = backupCheck();
            if (check != null && status.equals(check.path("status").asText())
                    && check.path("messages").toString().contains(message)) {
                return;
            }
            Thread.sleep(500);
        }
        fail("the backup check did not become " + status + " with '" + message + "': " + check);
    }

    private JsonNode backupCheck() throws Exception {
        HttpResponse<String> health = call("GET", "/health", "admin", ADMIN_PASSWORD, null);
        for (JsonNode check : JSON.readTree(health.body()).path("checks")) {
            if ("backup".equals(check.path("name").asText())) {
                return check;
            }
        }
        return null;
    }

    private void awaitNoScheduledJob() throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (bundleContext.getServiceReference("org.poliin.core.internal.backup.ScheduledBackup") != null) {
            if (System.currentTimeMillis() > deadline) {
                fail("the scheduled backup is still there after its configuration was removed");
            }
            Thread.sleep(200);
        }
    }

    private static List<Instant> startsOf(Path directory) throws IOException {
        return completeBackups(directory).stream().map(BackupRestoreIT::start).toList();
    }

    private static List<Path> completeBackups(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(path -> BACKUP_FOLDER.matcher(path.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(path -> path.getFileName().toString())).toList();
        }
    }

    private static Path onlyBackupIn(Path directory) throws IOException {
        List<Path> backups = completeBackups(directory);
        assertEquals(names(directory).toString(), 1, backups.size());
        assertTrue("Derby wrote a full copy of the database", Files.isDirectory(backups.get(0).resolve("derby/seg0")));
        return backups.get(0);
    }

    /** When the backup started: its folder is named after that instant (UTC, milliseconds). */
    private static Instant start(Path folder) {
        Matcher name = BACKUP_FOLDER.matcher(folder.getFileName().toString());
        assertTrue(folder.toString(), name.matches());
        return Instant.from(STAMP.parse(name.group(1)));
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
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

    /** A fresh unpack of the distribution, driven by its own scripts as in {@link RestartIT}. */
    private final class Server {

        private final Path home;
        private String base;

        Server(Path home) {
            this.home = home;
            assertTrue("the build unpacks the distribution into " + home, Files.exists(home.resolve("bin/start")));
        }

        /**
         * What an earlier run wrote stays across builds (the unpack overwrites the archive's files only): the
         * database and caches under data/, and the users file the first start creates. Start from the state of
         * a fresh unpack.
         */
        void forgetEarlierRuns() throws IOException {
            Files.deleteIfExists(home.resolve("etc/poliin-users.properties"));
            for (String written : new String[] { "data/poliin", "data/cache", "data/log", "data/kar", "data/port",
                    "data/tmp" }) {
                Path path = home.resolve(written);
                if (Files.exists(path)) {
                    try (Stream<Path> tree = Files.walk(path)) {
                        for (Path each : tree.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(each);
                        }
                    }
                }
            }
        }

        void configure() throws IOException {
            int port = freePort();
            base = "http://127.0.0.1:" + port + "/api/v1";
            replace("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(port));
            replace("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort()));
            replace("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort()));
            replace("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort()));
            Files.writeString(home.resolve("etc/org.poliin.security.bootstrap.cfg"),
                    "admin.password = " + RESTORED_ADMIN_PASSWORD + "\n", StandardCharsets.UTF_8);
        }

        void start() throws Exception {
            script("bin/start");
            // a first start resolves every feature: beside the running test server on a busy machine that
            // takes minutes
            long deadline = System.currentTimeMillis() + 300_000;
            Path users = home.resolve("etc/poliin-users.properties");
            while (System.currentTimeMillis() < deadline) {
                try {
                    if (http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode() == 200 && Files.exists(users)
                            && Files.readAllLines(users).stream().anyMatch(line -> line.startsWith("admin"))
                            && get("/users/me").statusCode() == 200) {
                        return;
                    }
                } catch (IOException notListening) {
                    // not yet
                }
                Thread.sleep(2_000);
            }
            fail("The restored server did not answer within 5 minutes; see " + home.resolve("data/log/karaf.log"));
        }

        /** Stops the server if it runs, and waits until its process has exited. */
        void stop() throws Exception {
            Path pidFile = home.resolve("karaf.pid");
            if (!alive(pidFile)) {
                return;
            }
            script("bin/stop");
            long deadline = System.currentTimeMillis() + 60_000;
            while (alive(pidFile)) {
                if (System.currentTimeMillis() > deadline) {
                    fail("The restored server did not stop within a minute");
                }
                Thread.sleep(500);
            }
        }

        private boolean alive(Path pidFile) throws IOException {
            if (!Files.exists(pidFile)) {
                return false;
            }
            Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()));
            return process.map(ProcessHandle::isAlive).orElse(false);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString(("admin:" + RESTORED_ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** Runs one of the distribution's scripts with an environment free of this (Pax Exam) Karaf's settings. */
        String script(String script, String... arguments) throws Exception {
            List<String> command = new ArrayList<>();
            command.add(home.resolve(script).toString());
            command.addAll(List.of(arguments));
            File output = home.resolve("script-output.log").toFile();
            ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(output);
            builder.environment().keySet().removeIf(name -> name.startsWith("KARAF_") || name.endsWith("JAVA_OPTS"));
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(script + " did not return");
            }
            String printed = Files.readString(output.toPath(), StandardCharsets.UTF_8);
            assertEquals(script + " said: " + printed, 0, process.exitValue());
            return printed;
        }

        private void replace(String file, String key, String value) throws IOException {
            Path path = home.resolve(file);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            String replaced = text.replaceAll("(?m)^" + key.replace(".", "\\.") + "\\s*=.*$", key + " = " + value);
            if (replaced.equals(text)) {
                replaced = text + System.lineSeparator() + key + " = " + value + System.lineSeparator();
            }
            Files.writeString(path, replaced, StandardCharsets.UTF_8);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
