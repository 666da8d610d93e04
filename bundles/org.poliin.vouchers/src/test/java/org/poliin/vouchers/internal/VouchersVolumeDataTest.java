package org.poliin.vouchers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.poliin.testing.JdbcVolumeContextForTests;
import org.poliin.testing.TestDatabase;

class VouchersVolumeDataTest {

    private final TestDatabase database = TestDatabase.create().migrate("db/core-changelog.xml")
            .migrate("db/vouchers-changelog.xml");

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void createsTheAskedFundsCallsApplicationsVouchersAndMeetings() {
        JdbcVolumeContextForTests context = new JdbcVolumeContextForTests(database.dataSource(), 200, 10)
                .withCore(50, "CULTURAL_VENUE");

        Map<String, Long> created = new VouchersVolumeData().generate(context);

        assertEquals(200L, created.get("VOUCHERS_FUND"));
        assertEquals(200L, created.get("VOUCHERS_CALL"));
        assertEquals(250L, created.get("VOUCHERS_APPLICATION"));
        assertEquals(200L, created.get("VOUCHERS_VOUCHER"));
        assertEquals(200L, created.get("CORE_EVENT (" + VouchersModule.GROUP_MEETING + ")"));
        assertEquals(200L, context.select("SELECT COUNT(*) FROM VOUCHERS_APPLICATION WHERE STATUS = 'APPROVED'")[0]);
        // Every voucher belongs to its application's person and to the fund of its call.
        assertEquals(0L, context.select("SELECT COUNT(*) FROM VOUCHERS_VOUCHER v, VOUCHERS_APPLICATION a, VOUCHERS_CALL c"
                + " WHERE v.APPLICATION_ID = a.ID AND a.CALL_ID = c.ID AND (v.PERSON_ID <> a.PERSON_ID"
                + " OR v.FUND_ID <> c.FUND_ID)")[0]);

        Map<String, Long> again = new VouchersVolumeData().generate(context);

        assertEquals(0L, again.values().stream().mapToLong(Long::longValue).sum());
    }
}
