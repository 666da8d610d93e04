package org.poliin.counselling.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.poliin.testing.JdbcVolumeContextForTests;
import org.poliin.testing.TestDatabase;

class CounsellingVolumeDataTest {

    private final TestDatabase database = TestDatabase.create().migrate("db/core-changelog.xml")
            .migrate("db/counselling-changelog.xml");

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void createsTheAskedStudentsMeetingsAndAlerts() {
        JdbcVolumeContextForTests context = new JdbcVolumeContextForTests(database.dataSource(), 150, 10)
                .withCore(150, "UNIVERSITY");

        Map<String, Long> created = new CounsellingVolumeData().generate(context);

        assertEquals(150L, created.get("COUNSELLING_STUDENT"));
        assertEquals(150L, created.get("COUNSELLING_MEETING"));
        assertEquals(150L, created.get("COUNSELLING_ALERT"));
        assertEquals(150L, context.select("SELECT COUNT(DISTINCT PERSON_ID) FROM COUNSELLING_STUDENT")[0]);
        assertEquals(150L, context.select("SELECT COUNT(*) FROM CORE_EVENT WHERE EVENT_TYPE = '"
                + CounsellingModule.GROUP_MEETING + "'")[0]);

        Map<String, Long> again = new CounsellingVolumeData().generate(context);

        assertEquals(0L, again.values().stream().mapToLong(Long::longValue).sum());
    }
}
