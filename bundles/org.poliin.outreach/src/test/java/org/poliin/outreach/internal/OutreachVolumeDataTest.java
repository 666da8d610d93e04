package org.poliin.outreach.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.poliin.testing.JdbcVolumeContextForTests;
import org.poliin.testing.TestDatabase;

class OutreachVolumeDataTest {

    private final TestDatabase database = TestDatabase.create().migrate("db/core-changelog.xml")
            .migrate("db/outreach-changelog.xml");

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void createsTheAskedVisitsWithTheirEventsAndTopsUpOnly() {
        JdbcVolumeContextForTests context = new JdbcVolumeContextForTests(database.dataSource(), 600, 10)
                .withCore(20, "HIGH_SCHOOL");

        Map<String, Long> created = new OutreachVolumeData().generate(context);

        assertEquals(600L, created.get("OUTREACH_VISIT"));
        assertEquals(6L, created.get("OUTREACH_CAMPAIGN")); // two a year over 2023-2025
        assertEquals(600L, context.count("OUTREACH_VISIT"));
        assertEquals(600L, context.select("SELECT COUNT(*) FROM CORE_EVENT WHERE EVENT_TYPE = '"
                + OutreachModule.SCHOOL_VISIT + "'")[0]);
        // Each visit is on its event's day, in a campaign of its year.
        assertEquals(0L, context.select("SELECT COUNT(*) FROM OUTREACH_VISIT v, CORE_EVENT e, OUTREACH_CAMPAIGN c"
                + " WHERE v.EVENT_ID = e.ID AND v.CAMPAIGN_ID = c.ID AND (v.VISIT_ON <> DATE(e.STARTS_AT)"
                + " OR c.ADMISSION_SESSION <> CHAR(YEAR(v.VISIT_ON)))")[0]);

        Map<String, Long> again = new OutreachVolumeData().generate(context);

        assertEquals(0L, again.get("OUTREACH_VISIT"));
        assertEquals(0L, again.get("OUTREACH_CAMPAIGN"));
    }
}
