package org.poliin.core.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.poliin.api.demo.VolumeContext;
import org.poliin.api.demo.VolumeDataSet;
import org.poliin.api.organisation.LocalityDTO;
import org.poliin.api.organisation.LocalityInput;
import org.poliin.api.organisation.LocalityType;
import org.poliin.core.internal.CoreFixture;

class VolumeGeneratorTest {

    private final CoreFixture core = new CoreFixture();
    private final VolumeGenerator generator = new VolumeGenerator(core.database.dataSource(), null, null, demo(true));

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void fillsEveryCoreTableToTheAskedSizesAndTheModulesInBetween() {
        generator.addSet(new VolumeDataSet() {
            @Override
            public String moduleId() {
                return "sample";
            }

            @Override
            public Map<String, Long> generate(VolumeContext context) {
                long[] schools = context.organisations("HIGH_SCHOOL");
                List<VolumeContext.GeneratedEvent> events = context.events("sample", "sample.visit", "Vizită", schools,
                        context.rows() - (int) context.count("CORE_EVENT"));
                return Map.of("CORE_EVENT", (long) events.size());
            }
        });

        List<VolumeGenerator.Step> steps = generator.generate(120, 900, step -> { });

        Map<String, Long> created = VolumeGenerator.byTable(steps);
        assertEquals(120L, created.get("CORE_LOCALITY"));
        assertEquals(120L, created.get("CORE_ORGANISATION"));
        assertEquals(120L, created.get("CORE_PERSON"));
        assertEquals(120L, created.get("CORE_MAIL_OUTBOX"));
        assertEquals(120L, created.get("CORE_EVENT"));
        assertEquals(900L, created.get("CORE_EVENT_PARTICIPANT"));
        assertEquals(900L, created.get("CORE_AUDIT_ENTRY"));
        assertEquals(List.of("core", "core", "core", "core", "sample", "core", "core"),
                steps.stream().map(VolumeGenerator.Step::module).toList());
        assertEquals(900L, count("CORE_AUDIT_ENTRY"));
        assertEquals(900L, count("CORE_EVENT_PARTICIPANT"));
        // Every event has different people (the unique constraint would have refused a repeated one).
        assertEquals(120L, count("CORE_EVENT e WHERE EXISTS (SELECT 1 FROM CORE_EVENT_PARTICIPANT p WHERE p.EVENT_ID = e.ID)"));
        // Romanian names with diacritics, dates over 2023-2025.
        assertTrue(count("CORE_PERSON WHERE GIVEN_NAME IN ('Mădălina', 'Ștefania', 'Călin', 'Răzvan', 'Ștefan', 'Dănuț')"
                + " OR FAMILY_NAME IN ('Mureșan', 'Țurcanu', 'Bălan', 'Căpraru', 'Roșu', 'Tănase', 'Sârbu', 'Lazăr',"
                + " 'Șerban', 'Păunescu', 'Zăvoianu')") > 0);
        assertEquals(0L, count("CORE_EVENT WHERE STARTS_AT < '2023-01-01 00:00:00' OR STARTS_AT > '2026-01-01 00:00:00'"));
        assertEquals(0L, count("CORE_MAIL_OUTBOX WHERE STATUS <> 'SENT'"));
        // The search terms of every generated record, as the services write them: each is found by its words.
        for (String table : List.of("CORE_PERSON", "CORE_LOCALITY", "CORE_ORGANISATION", "CORE_EVENT")) {
            assertEquals(0L, count(table + " r WHERE NOT EXISTS (SELECT 1 FROM CORE_SEARCH_TERM t WHERE t.ENTITY_ID = r.ID)"));
        }
        var someone = core.people.search(org.poliin.api.people.PersonQuery.all(), org.poliin.api.common.PageRequest.of(0, 1))
                .items.get(0);
        assertTrue(core.people.search(org.poliin.api.people.PersonQuery.text(someone.familyName + " " + someone.givenName),
                org.poliin.api.common.PageRequest.of(0, 100)).items.stream().anyMatch(p -> p.id == someone.id));
        assertTrue(core.localities.search(new org.poliin.api.organisation.LocalityQuery("gl", null, null, null),
                org.poliin.api.common.PageRequest.of(0, 200)).items.size() == 120);
    }

    @Test
    void runningAgainTopsUpOnlyWhatIsMissing() {
        generator.generate(60, 100, step -> { });

        List<VolumeGenerator.Step> again = generator.generate(80, 100, step -> { });

        Map<String, Long> created = VolumeGenerator.byTable(again);
        assertEquals(20L, created.get("CORE_LOCALITY"));
        assertEquals(20L, created.get("CORE_PERSON"));
        assertEquals(0L, created.get("CORE_AUDIT_ENTRY"));
        assertEquals(80L, count("CORE_ORGANISATION"));
    }

    @Test
    void theServicesKeepCreatingRecordsAfterwardsWithoutAnIdCollision() {
        generator.generate(130, 10, step -> { });
        LocalityInput input = new LocalityInput();
        input.code = "NEW-1";
        input.name = "Sânmartin";
        input.county = "Harghita";
        input.type = LocalityType.RURAL;

        LocalityDTO created = core.localities.create(input);

        assertEquals(131L, count("CORE_LOCALITY"));
        assertEquals("Sânmartin", core.localities.get(created.id).name);
    }

    @Test
    void knowsWhetherTheDemoSwitchIsOn() {
        assertTrue(generator.demoEnabled());
        assertFalse(new VolumeGenerator(core.database.dataSource(), null, null, demo(false)).demoEnabled());
    }

    private long count(String from) {
        return new JdbcVolumeContext(core.database.dataSource(), null, 1, 1, 1).column("SELECT COUNT(*) FROM " + from)[0];
    }

    static DemoConfiguration demo(boolean enabled) {
        return new DemoConfiguration() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return DemoConfiguration.class;
            }
        };
    }
}
