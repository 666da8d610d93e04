package org.poliin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Test;

/**
 * The distribution as a sysadmin runs it, with its own scripts: start, write, stop, start again. What
 * was acknowledged before the stop is there after it, and the platform comes back whole (the JPA stack
 * once came back without JTA after a restart).
 */
public class RestartIT {

    private static final String PASSWORD = "Parola-de-restart-1";

    private final Path server = Path.of(System.getProperty("poliin.server", "target/server/missing"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String base;

    @After
    public void stop() throws Exception {
        if (Files.exists(server.resolve("bin/stop"))) {
            run("bin/stop");
            awaitStopped();
        }
    }

    @Test
    public void whatWasWrittenIsThereAfterARestartAndThePlatformComesBackWhole() throws Exception {
        forgetEarlierRuns();
        configurePorts();
        Files.writeString(server.resolve("etc/org.poliin.security.bootstrap.cfg"), "admin.password = " + PASSWORD + "\n");

        run("bin/start");
        awaitReady();
        HttpResponse<String> created = send("POST", "/people",
                "{\"givenName\":\"Ștefan\",\"familyName\":\"Repornescu\"}");
        assertEquals(created.body(), 201, created.statusCode());

        run("bin/stop");
        awaitStopped();
        run("bin/start");
        awaitReady();

        HttpResponse<String> found = send("GET", "/people?count=true&q=repornescu", null);
        assertEquals(found.body(), 200, found.statusCode());
        assertTrue(found.body(), found.body().contains("\"total\":1") && found.body().contains("Ștefan"));
        String log = Files.readString(server.resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
        assertFalse("no class went missing after the restart", log.contains("NoClassDefFoundError: javax/transaction"));
        assertFalse("the boot never leaves bundles to remove", log.contains("Uninstalling bundles"));
    }

    /**
     * The unpacked copy is overwritten file by file on each build, but what an earlier run wrote under
     * {@code data/} (the database, the cache) would stay: start from the state of a fresh unpack.
     */
    private void forgetEarlierRuns() throws IOException {
        for (String written : new String[] { "data/poliin", "data/cache", "data/log", "data/kar", "data/port" }) {
            Path path = server.resolve(written);
            if (Files.exists(path)) {
                try (var tree = Files.walk(path)) {
                    for (Path each : tree.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(each);
                    }
                }
            }
        }
    }

    private void configurePorts() throws IOException {
        int port = freePort();
        base = "http://127.0.0.1:" + port + "/api/v1";
        replace("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(port));
        replace("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port.secure", Integer.toString(freePort()));
        replace("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort()));
        replace("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort()));
        replace("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort()));
    }

    private void replace(String file, String key, String value) throws IOException {
        Path path = server.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        String replaced = text.replaceAll("(?m)^" + key.replace(".", "\\.") + "\\s*=.*$", key + " = " + value);
        if (replaced.equals(text)) {
            replaced = text + System.lineSeparator() + key + " = " + value + System.lineSeparator();
        }
        Files.writeString(path, replaced, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Health first, then the administrator: the users file says when it exists, so no login is tried
     * before (failed logins would trip the login throttle).
     */
    private void awaitReady() throws Exception {
        // an upper bound, not a figure: the first start also generates the HTTPS key, and test machines are shared
        long deadline = System.currentTimeMillis() + 480_000;
        Path users = server.resolve("etc/poliin-users.properties");
        while (System.currentTimeMillis() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200 && Files.exists(users)
                        && Files.readAllLines(users).stream().anyMatch(line -> line.startsWith("admin"))
                        && send("GET", "/users/me", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListening) {
                // not yet
            }
            Thread.sleep(2_000);
        }
        fail("The server did not answer within 8 minutes; see " + server.resolve("data/log/karaf.log"));
    }

    /** Until the Karaf process has exited: bin/status says "Not Running" while the JVM still shuts down. */
    private void awaitStopped() throws Exception {
        Path pidFile = server.resolve("karaf.pid");
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            boolean alive = Files.exists(pidFile) && ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                    .map(ProcessHandle::isAlive).orElse(false);
            if (!alive) {
                return;
            }
            Thread.sleep(500);
        }
        fail("The server did not stop within a minute");
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private int run(String script) throws Exception {
        Process process = new ProcessBuilder(server.resolve(script).toString())
                .directory(server.toFile())
                .redirectErrorStream(true)
                .redirectOutput(new File(server.toFile(), "script-output.log"))
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(script + " did not return");
        }
        return process.exitValue();
    }
}
