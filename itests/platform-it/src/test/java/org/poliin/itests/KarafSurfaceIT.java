package org.poliin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.Repository;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Karaf attack surface of the distribution as it runs (issue 9): SFTP off, JMX on loopback only, no hot
 * deploy folder, no remote Maven repository, the Karaf realm hashing its passwords; and every shipped module
 * removed and installed again while nothing but the distribution's {@code system/} folder can be resolved.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KarafSurfaceIT extends PlatformTestSupport {

    /** The module features the distribution ships and boots. */
    private static final List<String> MODULE_FEATURES = List.of("poliin-outreach", "poliin-vouchers", "poliin-counselling");
    private static final List<String> MODULE_IDS = List.of("outreach", "vouchers", "counselling");
    private static final String MAVEN_PID = "org.ops4j.pax.url.mvn";

    @Inject
    protected FeaturesService features;

    @Inject
    protected ConfigurationAdmin configurations;

    @Configuration
    public Option[] configuration() {
        return platform(
                // On a loaded machine the boot features may still be starting when Pax Exam installs its probe:
                // give the probe up to 3 minutes (not 10 s) to find Pax Exam's JUnit invoker.
                systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT").value("180000"),
                // in the build's local repository only, never in system/: what an offline server cannot find
                systemProperty("poliin.it.mentoring.features").value(maven().groupId("org.poliin")
                        .artifactId("org.poliin.example.mentoring").classifier("features").type("xml")
                        .versionAsInProject().getURL()),
                systemProperty("poliin.it.build.repository").value(System.getProperty("maven.repo.local",
                        System.getProperty("user.home") + "/.m2/repository")));
    }

    @Before
    public void ready() throws Exception {
        awaitPlatform();
    }

    @Test
    public void sftpIsOffAndTheShellListensOnLoopback() throws Exception {
        Dictionary<String, Object> shell = properties("org.apache.karaf.shell");
        assertEquals("false", String.valueOf(shell.get("sftpEnabled")));
        assertEquals("127.0.0.1", String.valueOf(shell.get("sshHost")));
    }

    @Test
    public void jmxAnswersOnLoopbackOnly() throws Exception {
        Dictionary<String, Object> jmx = properties("org.apache.karaf.management");
        assertEquals("127.0.0.1", String.valueOf(jmx.get("rmiRegistryHost")));
        assertEquals("127.0.0.1", String.valueOf(jmx.get("rmiServerHost")));
        assertEquals("false", String.valueOf(jmx.get("jmxmpEnabled")));
        // What the kernel says: every socket this JVM listens on at the two RMI ports is on a loopback address.
        // (Only this JVM's sockets: Pax Exam creates its own RMI registry, in the test's JVM, on the port it
        // writes as rmiRegistryPort, and binds that one to every interface.)
        int serverPort = Integer.parseInt(String.valueOf(jmx.get("rmiServerPort")).trim());
        List<InetAddress> server = awaitListening(serverPort);
        assertFalse("the JMX connector listens on rmiServerPort " + serverPort, server.isEmpty());
        int registryPort = Integer.parseInt(String.valueOf(jmx.get("rmiRegistryPort")).trim());
        List<InetAddress> all = new ArrayList<>(server);
        all.addAll(listening(registryPort));
        for (InetAddress address : all) {
            assertTrue("JMX listens on " + address + ", not on loopback only", address.isLoopbackAddress());
        }
    }

    @Test
    public void theHotDeployFolderIsNotWatched() throws Exception {
        org.osgi.service.cm.Configuration[] watchers = configurations.listConfigurations(
                "(service.factoryPid=org.apache.felix.fileinstall)");
        if (watchers != null) {
            for (org.osgi.service.cm.Configuration watcher : watchers) {
                Object dir = watcher.getProperties().get("felix.fileinstall.dir");
                assertFalse("FileInstall watches " + dir, String.valueOf(dir).replace('\\', '/').endsWith("/deploy"));
            }
        }
        Path etc = Path.of(System.getProperty("karaf.etc"));
        assertFalse(Files.exists(etc.resolve("org.apache.felix.fileinstall-deploy.cfg")));
        assertTrue("how to turn it on is shipped", Files.exists(etc.resolve("org.apache.felix.fileinstall-deploy.cfg.example")));
    }

    @Test
    public void noRemoteMavenRepositoryIsConfigured() throws Exception {
        Object remote = properties(MAVEN_PID).get(MAVEN_PID + ".repositories");
        assertTrue("remote repositories: " + remote, remote == null || String.valueOf(remote).isBlank());
        assertEquals("false", String.valueOf(properties(MAVEN_PID).get(MAVEN_PID + ".useFallbackRepositories")));
        // The shipped file too (Pax Exam adds only the build's local repository to it).
        List<String> shipped = Files.readAllLines(Path.of(System.getProperty("karaf.etc"), MAVEN_PID + ".cfg"));
        assertTrue(shipped.stream().anyMatch(line -> line.strip().matches(
                "org\\.ops4j\\.pax\\.url\\.mvn\\.repositories\\s*=\\s*")));
        assertFalse(shipped.stream().filter(line -> !line.strip().startsWith("#"))
                .anyMatch(line -> line.contains("http:") || line.contains("https:")));
    }

    @Test
    public void theKarafRealmStoresBcryptHashes() throws Exception {
        Dictionary<String, Object> jaas = properties("org.apache.karaf.jaas");
        assertEquals("true", String.valueOf(jaas.get("encryption.enabled")));
        assertEquals("spring-security-crypto", String.valueOf(jaas.get("encryption.name")));
        assertEquals("bcrypt", String.valueOf(jaas.get("encryption.algorithm")));

        // A sysadmin writes a shell user with a clear-text password; Karaf, watching the file, replaces it by its hash.
        Path users = Path.of(System.getProperty("karaf.etc"), "users.properties");
        String password = "Shell-password-of-the-sysadmin-1";
        Files.writeString(users, "\nsysadmin.it = " + password + ",viewer\n", StandardCharsets.ISO_8859_1,
                StandardOpenOption.APPEND);

        long deadline = System.currentTimeMillis() + 60_000;
        String line = sysadminLine(users);
        while (line.contains(password) && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            line = sysadminLine(users);
        }
        assertFalse("the clear-text password was replaced: " + line, line.contains(password));
        assertTrue("a bcrypt hash is stored: " + line, line.contains("{CRYPT}$2a$"));
        // the hash logs in with the password, a wrong password does not
        assertNotNull(karafLogin("sysadmin.it", password));
        try {
            karafLogin("sysadmin.it", "Not-the-password-of-the-sysadmin");
            fail("a wrong password logged in to the realm karaf");
        } catch (LoginException expected) {
            // refused
        }
    }

    @Test
    public void apiPasswordsAreLimitedToTheSeventyTwoBytesBcryptReads() throws Exception {
        String seventyFourBytes = "ș".repeat(37);
        String seventyTwoBytes = "ș".repeat(36);

        HttpResponse<String> refused = call("POST", "/users", "admin", ADMIN_PASSWORD,
                Map.of("name", "ana.limit", "password", seventyFourBytes, "roles", List.of("staff")));
        assertEquals(refused.body(), 400, refused.statusCode());
        JsonNode error = JSON.readTree(refused.body()).path("errors").get(0);
        assertEquals("password", error.path("field").asText());
        assertTrue(error.toString(), error.toString().contains("72 bytes"));
        HttpResponse<String> romanian = call("POST", "/users", "admin", ADMIN_PASSWORD,
                Map.of("name", "ana.limit", "password", seventyFourBytes, "roles", List.of("staff")),
                Map.of("Accept-Language", "ro"));
        assertEquals(400, romanian.statusCode());
        assertTrue(romanian.body(), romanian.body().contains("72 de octeți"));

        admin("POST", "/users", Map.of("name", "ana.limit", "password", seventyTwoBytes, "roles", List.of("staff")), 201);
        as("ana.limit", seventyTwoBytes, "GET", "/users/me", null, 200);
        // bcrypt alone would accept this one: it ignores everything after byte 72
        assertEquals(401, call("GET", "/users/me", "ana.limit", seventyTwoBytes + "x", null).statusCode());
    }

    /**
     * A server without Internet: the remote repositories are empty as shipped, and here the local Maven
     * repository is replaced by one that holds only what Pax Exam itself installed from the build's
     * repository (its own bundles are not in {@code system/}). Then every module feature is uninstalled and
     * installed again: the platform's and the modules' artifacts can only come from {@code system/}. An
     * artifact that is in the build's repository but not in {@code system/} (the example module's features)
     * can no longer be resolved, which shows that nothing else is reachable.
     */
    @Test
    public void everyShippedModuleIsRemovedAndInstalledAgainFromSystemAlone() throws Exception {
        URI mentoring = URI.create(System.getProperty("poliin.it.mentoring.features"));
        try (InputStream available = new URL(mentoring.toString()).openStream()) {
            assertTrue("the example module's features are in the build's repository", available.read() >= 0);
        }
        goOffline();

        for (String feature : MODULE_FEATURES) {
            assertTrue(feature + " is installed", features.isInstalled(features.getFeature(feature)));
        }
        features.uninstallFeatures(new LinkedHashSet<>(MODULE_FEATURES),
                EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        awaitModules(Set.of());
        features.installFeatures(new LinkedHashSet<>(MODULE_FEATURES),
                EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        awaitModules(new HashSet<>(MODULE_IDS));
        for (String feature : MODULE_FEATURES) {
            assertTrue(feature + " is installed again", features.isInstalled(features.getFeature(feature)));
        }
        awaitHealthy();

        try {
            features.addRepository(mentoring);
            features.removeRepository(mentoring);
            fail("the example module's features were resolved without any repository that holds them");
        } catch (Exception expected) {
            // not in system/, not in the local repository, and no remote repository
        }
    }

    /**
     * Replaces the local Maven repository by a new one holding only the artifacts of installed bundles and
     * features repositories that are not in {@code system/} (Pax Exam's), copied from the build's repository.
     */
    private void goOffline() throws Exception {
        Path system = Path.of(System.getProperty("karaf.home"), "system");
        Path build = Path.of(System.getProperty("poliin.it.build.repository"));
        Path offline = Files.createTempDirectory(Path.of(System.getProperty("karaf.data")), "offline-m2-");
        List<String> locations = new ArrayList<>();
        for (Bundle bundle : bundleContext.getBundles()) {
            locations.add(bundle.getLocation());
        }
        for (Repository repository : features.listRepositories()) {
            locations.add(repository.getURI().toString());
        }
        for (String location : locations) {
            Optional<String> path = mavenPath(location);
            if (path.isPresent() && !Files.exists(system.resolve(path.get())) && Files.exists(build.resolve(path.get()))) {
                Path target = offline.resolve(path.get());
                Files.createDirectories(target.getParent());
                Files.copy(build.resolve(path.get()), target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        org.osgi.service.cm.Configuration maven = configurations.getConfiguration(MAVEN_PID, null);
        Dictionary<String, Object> properties = maven.getProperties();
        properties.put(MAVEN_PID + ".localRepository", offline.toString());
        maven.update(properties);
        assertEquals(offline.toString(), String.valueOf(properties(MAVEN_PID).get(MAVEN_PID + ".localRepository")));
    }

    /** The Maven-layout path of an {@code mvn:} location (also inside {@code wrap:}), if it is one. */
    static Optional<String> mavenPath(String location) {
        String url = location.startsWith("wrap:") ? location.substring("wrap:".length()) : location;
        if (!url.startsWith("mvn:")) {
            return Optional.empty();
        }
        url = url.substring("mvn:".length());
        int cut = url.indexOf('$');
        url = cut < 0 ? url : url.substring(0, cut);
        int repository = url.indexOf('!');
        url = repository < 0 ? url : url.substring(repository + 1);
        String[] parts = url.split("/");
        if (parts.length < 3) {
            return Optional.empty();
        }
        String type = parts.length > 3 && !parts[3].isEmpty() ? parts[3] : "jar";
        String classifier = parts.length > 4 && !parts[4].isEmpty() ? "-" + parts[4] : "";
        return Optional.of(parts[0].replace('.', '/') + "/" + parts[1] + "/" + parts[2] + "/" + parts[1] + "-"
                + parts[2] + classifier + "." + type);
    }

    private void awaitModules(Set<String> expected) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        Set<String> present = Set.of();
        while (System.currentTimeMillis() < deadline) {
            present = new HashSet<>();
            JsonNode modules = admin("GET", "/modules", null, 200);
            for (JsonNode module : modules) {
                if (MODULE_IDS.contains(module.path("id").asText())) {
                    present.add(module.path("id").asText());
                }
            }
            if (present.equals(expected)) {
                return;
            }
            Thread.sleep(500);
        }
        assertEquals("the modules present", expected, present);
    }

    /** Every module's schema and components are up again: /health answers 200. */
    private void awaitHealthy() throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        int status = 0;
        while (System.currentTimeMillis() < deadline) {
            status = call("GET", "/health", null, null, null).statusCode();
            if (status == 200) {
                return;
            }
            Thread.sleep(500);
        }
        assertEquals("/health after the modules came back", 200, status);
    }

    private Dictionary<String, Object> properties(String pid) throws IOException {
        Dictionary<String, Object> properties = configurations.getConfiguration(pid, null).getProperties();
        assertNotNull("configuration " + pid + " exists", properties);
        return properties;
    }

    private static String sysadminLine(Path users) throws IOException {
        return Files.readAllLines(users, StandardCharsets.ISO_8859_1).stream()
                .filter(l -> l.startsWith("sysadmin.it")).findFirst().orElse("");
    }

    private static Subject karafLogin(String user, String password) throws LoginException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            Subject subject = new Subject();
            new LoginContext("karaf", subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            }).login();
            return subject;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static List<InetAddress> awaitListening(int port) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        List<InetAddress> listening = listening(port);
        while (listening.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            listening = listening(port);
        }
        return listening;
    }

    /** Listening sockets of this JVM on the port, from /proc/net/tcp and tcp6 and this process's descriptors (Linux). */
    private static List<InetAddress> listening(int port) throws IOException {
        Set<String> ownSockets = new HashSet<>();
        try (var descriptors = Files.list(Path.of("/proc/self/fd"))) {
            for (Path descriptor : (Iterable<Path>) descriptors::iterator) {
                try {
                    String target = Files.readSymbolicLink(descriptor).toString();
                    if (target.startsWith("socket:[")) {
                        ownSockets.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor was closed while listing
                }
            }
        }
        List<InetAddress> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                String[] local = fields[1].split(":");
                if ("0A".equals(fields[3]) && Integer.parseInt(local[1], 16) == port && ownSockets.contains(fields[9])) {
                    addresses.add(InetAddress.getByAddress(kernelAddress(local[0])));
                }
            }
        }
        return addresses;
    }

    /** /proc/net/tcp writes each 32-bit word of the address in the host's (little-endian) byte order. */
    private static byte[] kernelAddress(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                int at = (word * 4 + (3 - i)) * 2;
                bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        return bytes;
    }
}
