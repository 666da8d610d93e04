package org.poliin.itests;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The boot publishes the API once. The Aries JAX-RS whiteboard rebuilds an application's CXF endpoint
 * for every resource that joins it after it is registered, and CXF logs {@code Setting the server's
 * publish address} for each build: 34 at a boot with the three modules before the application waited
 * for the boot to be over, one now. The funder report then still has every module's indicators (a
 * cycle between the core's module registry and the modules' providers once dropped two modules from it
 * when the registry was activated last).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BootIT extends PlatformTestSupport {

    private static final Pattern PUBLICATION = Pattern.compile("Setting the server's publish address");

    @Configuration
    public Option[] configuration() {
        return platform();
    }

    @Test
    public void theApiIsPublishedOnceAtBootWithEveryModuleInTheFunderReport() throws Exception {
        awaitPlatform();

        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        Matcher publications = PUBLICATION.matcher(text);
        int count = 0;
        while (publications.find()) {
            count++;
        }
        assertEquals("CXF builds of the application during the boot (see " + log + ")", 1, count);

        JsonNode report = admin("GET", "/indicators?from=2024-01-01&to=2024-12-31", null, 200);
        List<String> modules = new ArrayList<>();
        report.get("modules").forEach(module -> modules.add(module.get("moduleId").asText()));
        assertEquals(report.toString(), List.of("counselling", "outreach", "vouchers"), modules);
    }
}
