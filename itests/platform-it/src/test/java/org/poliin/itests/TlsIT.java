package org.poliin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.After;
import org.junit.Test;

/**
 * HTTPS, plain HTTP and the access log of the distribution as a sysadmin runs it, with its own scripts
 * ({@code bin/start} sources {@code bin/setenv}, which makes the certificate; Pax Exam would start Java
 * without it). Each test works on its own copy of the unpacked distribution.
 */
public class TlsIT {

    private static final String PASSWORD = "Parola-de-TLS-1";

    private final Path unpacked = Path.of(System.getProperty("poliin.server", "target/server/missing"));
    private final Path target = Path.of(System.getProperty("project.build.directory", "target"));
    private Path server;
    private int httpPort;
    private int httpsPort;

    @After
    public void stop() throws Exception {
        if (server != null && Files.exists(server.resolve("bin/stop"))) {
            run("bin/stop");
            awaitStopped();
        }
    }

    @Test
    public void firstStartGeneratesTheCertificateHttpsServesItPlainHttpAnswersLoopbackOnlyAndRequestsAreLogged()
            throws Exception {
        copyServer("tls-generated");

        run("bin/start");
        awaitReady();

        Path keystoreFile = server.resolve("etc/poliin-tls.p12");
        Path passwordFile = server.resolve("etc/poliin-tls.password");
        Set<PosixFilePermission> ownerOnly = Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertEquals("keystore mode 600", ownerOnly, Files.getPosixFilePermissions(keystoreFile, LinkOption.NOFOLLOW_LINKS));
        assertEquals("password mode 600", ownerOnly, Files.getPosixFilePermissions(passwordFile, LinkOption.NOFOLLOW_LINKS));
        KeyStore keystore = load(keystoreFile, "PKCS12", Files.readString(passwordFile, StandardCharsets.US_ASCII));
        X509Certificate generated = (X509Certificate) keystore.getCertificate("poliin");
        assertEquals("self-signed", generated.getSubjectX500Principal(), generated.getIssuerX500Principal());
        assertEquals(3072, ((RSAPublicKey) generated.getPublicKey()).getModulus().bitLength());
        List<String> names = generated.getSubjectAlternativeNames().stream().map(name -> String.valueOf(name.get(1)))
                .collect(Collectors.toList());
        assertTrue(names.toString(), names.contains("localhost") && names.contains("127.0.0.1"));

        // HTTPS answers with exactly that certificate, trusted from the generated keystore
        HttpClient https = client(generated);
        HttpResponse<String> health = https.send(get("https://localhost:" + httpsPort + "/api/v1/health", false),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(health.body(), 200, health.statusCode());
        Certificate served = health.sslSession().orElseThrow().getPeerCertificates()[0];
        assertEquals(generated, served);

        // plain HTTP listens on the loopback address only; HTTPS on every interface. Read from the kernel's
        // table of listening sockets rather than by connecting to the machine's other addresses: the test
        // sends nothing beyond loopback.
        assertEquals(List.of("127.0.0.1"), listeningAddresses(httpPort));
        assertEquals(List.of("*"), listeningAddresses(httpsPort));
        assertTrue("plain HTTP answers on 127.0.0.1", accepts(InetAddress.getLoopbackAddress(), httpPort));

        // the access log: one line per request, combined format, never credentials
        String marker = UUID.randomUUID().toString();
        HttpResponse<String> me = https.send(get("https://localhost:" + httpsPort + "/api/v1/users/me?tls-it=" + marker,
                true), HttpResponse.BodyHandlers.ofString());
        assertEquals(me.body(), 200, me.statusCode());
        HttpResponse<String> plain = HttpClient.newHttpClient().send(get("http://127.0.0.1:" + httpPort
                + "/api/v1/users/me?tls-it=plain-" + marker, true), HttpResponse.BodyHandlers.ofString());
        assertEquals(plain.body(), 200, plain.statusCode());
        String log = awaitAccessLog("plain-" + marker);
        String line = log.lines().filter(each -> each.contains("?tls-it=" + marker + " ")).findFirst().orElseThrow();
        assertTrue(line, line.matches("^127\\.0\\.0\\.1 - - \\[[^\\]]+\\] \"GET /api/v1/users/me\\?tls-it=" + marker
                + " HTTP/1\\.1\" 200 \\d+ \"-\" \"Java-http-client/[^\"]+\"$"));
        String credentials = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertFalse("no credentials in the access log", log.contains(credentials) || log.contains(PASSWORD)
                || log.toLowerCase().contains("authorization") || log.contains("Basic "));
    }

    @Test
    public void aConfiguredKeystoreReplacesTheGeneratedOne() throws Exception {
        copyServer("tls-configured");
        Path own = target.resolve("tls-configured-keystore/own.jks");
        Files.createDirectories(own.getParent());
        Files.deleteIfExists(own);
        String storePassword = "o-parola-a-depozitului";
        PlatformTestSupport.keytool("-genkeypair", "-alias", "own", "-keyalg", "EC", "-groupname", "secp256r1",
                "-validity", "2", "-dname", "CN=poliin.example.ro, O=Universitate", "-ext",
                "SAN=DNS:localhost,DNS:poliin.example.ro", "-storetype", "JKS", "-keystore", own.toString(),
                "-storepass", storePassword, "-keypass", storePassword);
        replace("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.ssl.keystore", own.toAbsolutePath().toString());
        replace("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.ssl.keystore.type", "JKS");
        replace("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.ssl.keystore.password", storePassword);
        replace("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.ssl.key.password", storePassword);

        run("bin/start");
        awaitReady();

        assertFalse("nothing generated when another keystore is configured",
                Files.exists(server.resolve("etc/poliin-tls.p12")));
        X509Certificate ownCertificate = (X509Certificate) load(own, "JKS", storePassword).getCertificate("own");
        HttpResponse<String> health = client(ownCertificate).send(
                get("https://localhost:" + httpsPort + "/api/v1/health", false), HttpResponse.BodyHandlers.ofString());
        assertEquals(health.body(), 200, health.statusCode());
        assertEquals(ownCertificate, health.sslSession().orElseThrow().getPeerCertificates()[0]);
    }

    /** A fresh unpack of the distribution the build made, with free ports and the administrator's password. */
    private void copyServer(String name) throws Exception {
        Path folder = target.resolve(name);
        if (Files.exists(folder)) {
            try (var tree = Files.walk(folder)) {
                for (Path each : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(each);
                }
            }
        }
        Files.createDirectories(folder);
        // the same tar.gz the build unpacked into target/server (that copy is RestartIT's, and written to)
        String distribution = unpacked.getFileName().toString();
        String version = distribution.substring("poliin-distribution-".length());
        Path tarball = Path.of(System.getProperty("maven.repo.local"), "org", "poliin", "poliin-distribution", version,
                distribution + ".tar.gz");
        Process untar = new ProcessBuilder("tar", "xzf", tarball.toString(), "-C", folder.toString())
                .redirectErrorStream(true).start();
        String output = new String(untar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("tar xzf " + tarball + ": " + output, 0, untar.waitFor());
        server = folder.resolve(distribution);
        Files.createDirectories(server.resolve("data"));
        httpPort = freePort();
        httpsPort = freePort();
        replace("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort));
        replace("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port.secure", Integer.toString(httpsPort));
        replace("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort()));
        replace("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort()));
        replace("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort()));
        Files.writeString(server.resolve("etc/org.poliin.security.bootstrap.cfg"), "admin.password = " + PASSWORD + "\n");
    }

    private void replace(String file, String key, String value) throws IOException {
        Path path = server.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        String line = key + " = " + value.replace("\\", "\\\\");
        String replaced = text.replaceAll("(?m)^" + key.replace(".", "\\.") + "\\s*=.*$",
                java.util.regex.Matcher.quoteReplacement(line));
        if (replaced.equals(text)) {
            replaced = text + System.lineSeparator() + line + System.lineSeparator();
        }
        Files.writeString(path, replaced, StandardCharsets.UTF_8);
    }

    private static KeyStore load(Path file, String type, String password) throws Exception {
        KeyStore keystore = KeyStore.getInstance(type);
        try (InputStream in = Files.newInputStream(file)) {
            keystore.load(in, password.toCharArray());
        }
        return keystore;
    }

    /** A client that trusts this one certificate and nothing else. */
    private static HttpClient client(X509Certificate trusted) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", trusted);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpRequest get(String uri, boolean admin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30));
        if (admin) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return request.build();
    }

    /**
     * The local addresses of the sockets listening on {@code port}, from Linux's /proc/net/tcp and tcp6:
     * "127.0.0.1" for the IPv4 loopback (also as ::ffff:127.0.0.1), "*" for every interface.
     */
    private static List<String> listeningAddresses(int port) throws IOException {
        String hexPort = String.format("%04X", port);
        List<String> found = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table))) {
                String[] fields = line.trim().split("\\s+");
                // fields: sl, local_address (HEXADDR:HEXPORT), rem_address, st (0A = LISTEN), ...
                if (fields.length > 3 && fields[3].equals("0A") && fields[1].endsWith(":" + hexPort)) {
                    String address = fields[1].substring(0, fields[1].indexOf(':'));
                    found.add(address.matches("0+") ? "*"
                            : address.equals("0100007F") || address.equals("0000000000000000FFFF00000100007F")
                                    ? "127.0.0.1" : address);
                }
            }
        }
        return found.stream().distinct().collect(Collectors.toList());
    }

    private static boolean accepts(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 5_000);
            return true;
        } catch (ConnectException refused) {
            return false;
        }
    }

    /** The access log, once it holds a line with {@code marker} (Jetty writes it when the answer is done). */
    private String awaitAccessLog(String marker) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            StringBuilder all = new StringBuilder();
            try (var files = Files.list(server.resolve("data/log"))) {
                for (Path file : files.filter(each -> each.getFileName().toString().matches("access-\\d{4}-\\d{2}-\\d{2}\\.log"))
                        .toList()) {
                    all.append(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
            if (all.toString().contains(marker)) {
                return all.toString();
            }
            Thread.sleep(500);
        }
        fail("No request with " + marker + " in " + server.resolve("data/log") + "/access-*.log");
        return null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Health over plain HTTP, then the administrator (the users file says when it exists: no login before). */
    private void awaitReady() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + httpPort + "/api/v1";
        // an upper bound, not a figure: the first start also generates an RSA key, and test machines are shared
        long deadline = System.currentTimeMillis() + 480_000;
        Path users = server.resolve("etc/poliin-users.properties");
        while (System.currentTimeMillis() < deadline) {
            try {
                if (http.send(get(base + "/health", false), HttpResponse.BodyHandlers.ofString()).statusCode() == 200
                        && Files.exists(users)
                        && Files.readAllLines(users).stream().anyMatch(line -> line.startsWith("admin"))
                        && http.send(get(base + "/users/me", true), HttpResponse.BodyHandlers.ofString())
                                .statusCode() == 200) {
                    return;
                }
            } catch (IOException notListening) {
                // not yet
            }
            Thread.sleep(2_000);
        }
        fail("The server did not answer within 8 minutes; see " + server.resolve("data/log/karaf.log") + " and "
                + server.resolve("script-output.log"));
    }

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

    private void run(String script) throws Exception {
        Process process = new ProcessBuilder(server.resolve(script).toString())
                .directory(server.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(server.toFile(), "script-output.log")))
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(script + " did not return");
        }
    }
}
