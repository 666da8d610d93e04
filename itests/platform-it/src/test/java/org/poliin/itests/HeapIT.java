package org.poliin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.junit.After;
import org.junit.Test;

/**
 * The heap bound of the distribution as its own scripts apply it: {@code bin/start} with the environment
 * a sysadmin would give, then the arguments of the JVM that runs (the process named in
 * {@code karaf.pid}). Pax Exam starts its Karaf with a command line of its own and never reads
 * {@code bin/setenv}, so this test runs the unpacked distribution's scripts, as {@link RestartIT} does.
 * The JVM is stopped as soon as its arguments are read: what is tested is the command line, not a boot.
 */
public class HeapIT {

    /** The default maximum heap named in docs/operations.md ("Memory") and set in bin/setenv. */
    private static final String DEFAULT_HEAP = "384m";

    private final Path server = Path.of(System.getProperty("poliin.server", "target/server/missing"));
    private ProcessHandle karaf;

    @After
    public void stopKaraf() throws Exception {
        if (karaf != null && karaf.isAlive()) {
            karaf.destroy(); // SIGTERM: the JVM runs Karaf's shutdown hook and exits
            try {
                karaf.onExit().get(60, TimeUnit.SECONDS);
            } catch (TimeoutException stillRunning) {
                karaf.destroyForcibly();
                karaf.onExit().get(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    public void theDefaultHeapBoundReachesTheJvm() throws Exception {
        List<String> arguments = startAndReadArguments(Map.of());

        assertEquals("one -Xmx, the documented default: " + arguments, List.of("-Xmx" + DEFAULT_HEAP),
                heapOptions(arguments));
        assertTrue(arguments.toString(), arguments.contains("-XX:+ExitOnOutOfMemoryError"));
        assertTrue(arguments.toString(), arguments.contains("-XX:+HeapDumpOnOutOfMemoryError"));
        assertTrue(arguments.toString(), arguments.contains("-XX:HeapDumpPath=" + server.resolve("data").toRealPath()));
        assertEquals(arguments.toString(), 1, arguments.stream().filter(a -> a.startsWith("-XX:MaxMetaspaceSize=")).count());
    }

    @Test
    public void poliinHeapOverridesTheDefault() throws Exception {
        List<String> arguments = startAndReadArguments(Map.of("POLIIN_HEAP", "200m", "JAVA_MAX_MEM", "300m"));

        assertEquals(arguments.toString(), List.of("-Xmx200m"), heapOptions(arguments));
    }

    @Test
    public void javaMaxMemIsHonouredAgain() throws Exception {
        List<String> arguments = startAndReadArguments(Map.of("JAVA_MAX_MEM", "300m"));

        assertEquals(arguments.toString(), List.of("-Xmx300m"), heapOptions(arguments));
    }

    private static List<String> heapOptions(List<String> arguments) {
        return arguments.stream().filter(argument -> argument.startsWith("-Xmx")).collect(Collectors.toList());
    }

    /** Starts the distribution with {@code bin/start} and returns the arguments of the JVM it started. */
    private List<String> startAndReadArguments(Map<String, String> environment) throws Exception {
        forgetEarlierRuns();
        configurePorts();
        // the test's own environment must not decide the outcome
        ProcessBuilder builder = new ProcessBuilder(server.resolve("bin/start").toString());
        builder.environment().keySet().removeAll(List.of("POLIIN_HEAP", "JAVA_MAX_MEM", "JAVA_MIN_MEM",
                "JAVA_OPTS", "EXTRA_JAVA_OPTS"));
        builder.environment().putAll(environment);
        Process script = builder.directory(server.toFile())
                .redirectErrorStream(true)
                .redirectOutput(new File(server.toFile(), "script-output.log"))
                .start();
        if (!script.waitFor(60, TimeUnit.SECONDS)) {
            script.destroyForcibly();
            fail("bin/start did not return");
        }
        karaf = awaitKarafProcess();
        List<String> arguments = arguments(karaf);
        assertTrue("the process in karaf.pid is Karaf: " + arguments,
                arguments.contains("org.apache.karaf.main.Main"));
        return arguments;
    }

    /**
     * The process's command line: {@code /proc/<pid>/cmdline} on Linux (ProcessHandle.Info gives no
     * arguments there for a process this JVM did not start), else what ProcessHandle.Info knows.
     */
    private static List<String> arguments(ProcessHandle process) throws IOException {
        Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        if (Files.isReadable(cmdline)) {
            List<String> all = List.of(new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).split("\0"));
            return all.subList(1, all.size()); // the arguments, without the executable
        }
        return List.of(process.info().arguments()
                .orElseThrow(() -> new AssertionError("the arguments of process " + process.pid() + " cannot be read")));
    }

    private ProcessHandle awaitKarafProcess() throws Exception {
        Path pidFile = server.resolve("karaf.pid");
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(pidFile)) {
                String pid = Files.readString(pidFile, StandardCharsets.UTF_8).trim();
                if (!pid.isEmpty()) {
                    ProcessHandle process = ProcessHandle.of(Long.parseLong(pid)).orElse(null);
                    if (process != null && process.isAlive()) {
                        return process;
                    }
                }
            }
            Thread.sleep(200);
        }
        fail("Karaf wrote no karaf.pid within a minute; see " + server.resolve("script-output.log"));
        return null;
    }

    /** Free ports: other servers may run on this machine (Karaf's defaults would clash). */
    private void configurePorts() throws IOException {
        replace("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", freePort());
        replace("etc/org.apache.karaf.shell.cfg", "sshPort", freePort());
        replace("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", freePort());
        replace("etc/org.apache.karaf.management.cfg", "rmiServerPort", freePort());
    }

    private void replace(String file, String key, int value) throws IOException {
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

    /** A fresh unpack's state: no database, cache, log or pid file of an earlier run. */
    private void forgetEarlierRuns() throws IOException {
        Files.deleteIfExists(server.resolve("karaf.pid"));
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
}
