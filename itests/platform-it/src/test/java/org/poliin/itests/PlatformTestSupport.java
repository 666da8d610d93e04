package org.poliin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.options.MavenArtifactUrlReference;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Boots the real distribution (the tar.gz the build made) and talks to it over HTTP, as a client
 * would. Subclasses add their own options with {@link #platform(Option...)}.
 */
public abstract class PlatformTestSupport {

    /** The administrator's password, set through the platform's bootstrap configuration. */
    protected static final String ADMIN_PASSWORD = "It-admin-parola-ștearsă-1";
    protected static final String PASSWORD = "O parolă de test, lungă";

    protected static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    protected BundleContext bundleContext;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    protected static Option[] platform(Option... more) {
        MavenArtifactUrlReference distribution = maven().groupId("org.poliin").artifactId("poliin-distribution")
                .type("tar.gz").versionAsInProject();
        int port = freePort();
        int securePort = freePort();
        while (securePort == port) {
            securePort = freePort();
        }
        String localRepository = System.getProperty("maven.repo.local",
                System.getProperty("user.home") + "/.m2/repository");
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration().frameworkUrl(distribution).name("POLI_IN")
                        .unpackDirectory(new File("target/exam")).useDeployFolder(false),
                keepRuntimeFolder(),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.INFO),
                vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
                systemProperty("poliin.it.port").value(Integer.toString(port)),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(port)),
                // HTTPS on a free port too (several servers may run at once), with a keystore made here: Pax Exam
                // starts Java without bin/setenv, which generates it for a real installation (see TlsIT)
                systemProperty("poliin.it.https.port").value(Integer.toString(securePort)),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port.secure",
                        Integer.toString(securePort)),
                replaceConfigurationFile("etc/poliin-tls.p12", TestKeystore.KEYSTORE.toFile()),
                replaceConfigurationFile("etc/poliin-tls.password", TestKeystore.PASSWORD_FILE.toFile()),
                editConfigurationFilePut("etc/org.poliin.security.bootstrap.cfg", "admin.password", ADMIN_PASSWORD),
                // the example module and Pax Exam's own bundles come from the build's local repository
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        localRepository)));
        options.addAll(List.of(more));
        return options.toArray(new Option[0]);
    }

    /**
     * A keystore like the one bin/setenv makes (PKCS12, password in a file), generated once per test run with
     * the JDK's keytool; an EC key, quicker to make than the RSA 3072 of the real one.
     */
    static final class TestKeystore {
        static final java.nio.file.Path FOLDER = java.nio.file.Path.of(
                System.getProperty("project.build.directory", "target"), "it-tls");
        static final java.nio.file.Path KEYSTORE = FOLDER.resolve("poliin-tls.p12");
        static final java.nio.file.Path PASSWORD_FILE = FOLDER.resolve("poliin-tls.password");

        static {
            try {
                java.nio.file.Files.createDirectories(FOLDER);
                java.nio.file.Files.deleteIfExists(KEYSTORE);
                String password = java.util.UUID.randomUUID().toString();
                java.nio.file.Files.writeString(PASSWORD_FILE, password, StandardCharsets.US_ASCII);
                keytool("-genkeypair", "-alias", "poliin", "-keyalg", "EC", "-groupname", "secp256r1",
                        "-validity", "2", "-dname", "CN=localhost, O=POLI_IN integration tests",
                        "-ext", "SAN=DNS:localhost,IP:127.0.0.1", "-storetype", "PKCS12",
                        "-keystore", KEYSTORE.toString(), "-storepass:file", PASSWORD_FILE.toString());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("Could not make the test keystore", e);
            }
        }

        private TestKeystore() {
        }
    }

    /** Runs the keytool of the JDK that runs the tests; fails with keytool's output unless it succeeds. */
    static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool " + String.join(" ", arguments) + " failed: " + output);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected String base() {
        return "http://127.0.0.1:" + System.getProperty("poliin.it.port") + "/api/v1";
    }

    /**
     * Waits until the API answers and the first administrator exists, then logs in. The users file is
     * read rather than polled with logins: failed logins before the administrator exists would trip the
     * login throttle.
     */
    protected void awaitPlatform() throws Exception {
        long deadline = System.currentTimeMillis() + 180_000;
        java.nio.file.Path users = java.nio.file.Path.of(System.getProperty("karaf.etc"), "poliin-users.properties");
        while (System.currentTimeMillis() < deadline) {
            try {
                if (call("GET", "/health", null, null, null).statusCode() == 200 && java.nio.file.Files.exists(users)
                        && java.nio.file.Files.readAllLines(users).stream().anyMatch(line -> line.startsWith("admin"))
                        && call("GET", "/modules", "admin", ADMIN_PASSWORD, null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the HTTP service is not listening yet
            }
            Thread.sleep(500);
        }
        fail("The platform did not come up within 3 minutes");
    }

    /** A request with Basic credentials (none when {@code user} is null) and an optional JSON body. */
    protected HttpResponse<String> call(String method, String path, String user, String password, Object body)
            throws IOException, InterruptedException {
        return call(method, path, user, password, body, Map.of());
    }

    protected HttpResponse<String> call(String method, String path, String user, String password, Object body,
            Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else if (body instanceof String text) {
            if (!headers.containsKey("Content-Type")) {
                request.header("Content-Type", "application/json");
            }
            request.method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        } else {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    protected JsonNode admin(String method, String path, Object body, int expectedStatus) throws Exception {
        return as("admin", ADMIN_PASSWORD, method, path, body, expectedStatus);
    }

    protected JsonNode as(String user, String password, String method, String path, Object body, int expectedStatus)
            throws Exception {
        HttpResponse<String> response = call(method, path, user, password, body);
        assertEquals(method + " " + path + " as " + user + " answered " + response.body(), expectedStatus,
                response.statusCode());
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    /** Creates a user with one role through the API, as an administrator would. */
    protected void createUser(String name, String role) throws Exception {
        HttpResponse<String> response = call("POST", "/users", "admin", ADMIN_PASSWORD,
                Map.of("name", name, "password", PASSWORD, "roles", List.of(role)));
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            fail("Could not create user " + name + ": " + response.statusCode() + " " + response.body());
        }
    }
}
