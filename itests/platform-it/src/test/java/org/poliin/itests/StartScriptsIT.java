package org.poliin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.Test;

/**
 * The start scripts of both archives: bin/setenv (Unix, tar.gz) and bin/setenv.bat (Windows, zip) give the
 * JVM the same flags, so that the platform starts the same way on both.
 */
public class StartScriptsIT {

    /** A JVM option: -D..., -X..., -XX:..., up to a space or a quote. */
    private static final Pattern SHELL_VARIABLE = Pattern.compile("\\$\\{(\\w+)}|\\$(\\w+)|%(\\w+)%");
    private static final Pattern JVM_FLAG = Pattern.compile("(?<![\\w-])-(?:D|X)[^\\s\"']+");

    private final Path server = Path.of(System.getProperty("poliin.server", "target/server/missing"));
    private final Path zip = Path.of(System.getProperty("poliin.distribution.zip", "target/missing.zip"));

    @Test
    public void setenvAndSetenvBatCarryTheSameJvmFlags() throws IOException {
        String unix = Files.readString(server.resolve("bin/setenv"), StandardCharsets.UTF_8);
        String windows = Files.readString(server.resolve("bin/setenv.bat"), StandardCharsets.UTF_8);

        Set<String> unixFlags = flags(unix, "#");
        Set<String> windowsFlags = flags(windows, "rem");
        assertTrue("bin/setenv sets the zip64 flag: " + unixFlags,
                unixFlags.contains("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"));
        assertEquals("the JVM flags of bin/setenv.bat and bin/setenv", unixFlags, windowsFlags);
    }

    @Test
    public void theWindowsArchiveHasTheSameScriptsWithWindowsLineEnds() throws IOException {
        assertTrue("the zip was built: " + zip, Files.exists(zip));
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            String bat = entry(archive, "bin/setenv.bat");
            String sh = entry(archive, "bin/setenv");
            assertEquals(flags(sh, "#"), flags(bat, "rem"));
            assertFalse("flags found in the zip's setenv", flags(sh, "#").isEmpty());
            // cmd.exe needs CRLF for labels and multi-line blocks; no bare LF line end.
            assertFalse("bin/setenv.bat has a bare LF line end", bat.replace("\r\n", "").contains("\n"));
        }
    }

    private static String entry(ZipFile archive, String suffix) throws IOException {
        ZipEntry found = archive.stream().filter(e -> e.getName().endsWith("/" + suffix)).findFirst().orElse(null);
        assertNotNull(suffix + " is in " + archive.getName(), found);
        try (InputStream in = archive.getInputStream(found)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * A flag with its variable references written alike for both shells: {@code $name}, {@code ${name}}
     * and {@code %NAME%} all become {@code <name>}, so that {@code -Xmx$POLIIN_HEAP} and
     * {@code -Xmx%POLIIN_HEAP%} compare equal.
     */
    static String variablesNamed(String flag) {
        return SHELL_VARIABLE.matcher(flag)
                .replaceAll(match -> "<" + (match.group(1) != null ? match.group(1) : match.group(2) != null
                        ? match.group(2) : match.group(3)).toLowerCase(java.util.Locale.ROOT) + ">");
    }

    /** The JVM flags on the lines that are not comments. */
    static Set<String> flags(String script, String commentPrefix) {
        Set<String> flags = new TreeSet<>();
        for (String line : script.split("\r?\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.toLowerCase().startsWith(commentPrefix) || trimmed.startsWith("::")) {
                continue;
            }
            Matcher matcher = JVM_FLAG.matcher(trimmed);
            while (matcher.find()) {
                flags.add(variablesNamed(matcher.group()));
            }
        }
        return flags;
    }
}
