package org.poliin.vouchers.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.poliin.api.demo.VolumeContext;
import org.poliin.api.demo.VolumeDataSet;
import org.poliin.api.module.PlatformModule;

/**
 * The module's tables at a university's real size ({@code poliin:generate-data}): funds, a call per
 * fund, applications (four in five approved), a voucher per approved application, and group meetings
 * (core events of type {@value VouchersModule#GROUP_MEETING}).
 */
@Component(property = PlatformModule.MODULE_ID_PROPERTY + "=" + VouchersModule.ID)
public final class VouchersVolumeData implements VolumeDataSet {

    private static final Category[] CATEGORIES = Category.values();
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    private static final int DAYS = 3 * 365;

    @Override
    public String moduleId() {
        return VouchersModule.ID;
    }

    @Override
    public Map<String, Long> generate(VolumeContext context) {
        Map<String, Long> created = new LinkedHashMap<>();
        created.put("VOUCHERS_FUND", funds(context));
        created.put("VOUCHERS_CALL", calls(context));
        long before = context.count("VOUCHERS_APPLICATION");
        long[] approved = applications(context);
        created.put("VOUCHERS_APPLICATION", context.count("VOUCHERS_APPLICATION") - before);
        created.put("VOUCHERS_VOUCHER", vouchers(context, approved));
        int meetings = (int) Math.max(0, context.rows() - context.select("SELECT COUNT(*) FROM CORE_EVENT WHERE"
                + " EVENT_TYPE = '" + VouchersModule.GROUP_MEETING + "'")[0]);
        List<VolumeContext.GeneratedEvent> events = context.events(VouchersModule.ID, VouchersModule.GROUP_MEETING,
                "Întâlnire de grup la teatru", context.organisations("CULTURAL_VENUE"), meetings);
        created.put("CORE_EVENT (" + VouchersModule.GROUP_MEETING + ")", (long) events.size());
        return created;
    }

    private static long funds(VolumeContext context) {
        int missing = (int) Math.max(0, context.rows() - context.count("VOUCHERS_FUND"));
        long[] ids = context.ids("VOUCHERS_FUND_SEQ", missing);
        return context.insert("INSERT INTO VOUCHERS_FUND (ID, NAME, PERIOD_FROM, PERIOD_TO, BUDGET, COMMITTED_AMOUNT,"
                + " VOUCHER_AMOUNT, VOUCHER_EXPIRES_ON, CATEGORIES, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", missing,
                (statement, i) -> {
                    int year = 2023 + i % 3;
                    statement.setLong(1, ids[i]);
                    statement.setString(2, "Fondul pentru consum cultural " + year + " nr. " + ids[i]);
                    statement.setDate(3, Date.valueOf(year + "-01-01"));
                    statement.setDate(4, Date.valueOf(year + "-12-31"));
                    statement.setBigDecimal(5, new BigDecimal("20000.00"));
                    statement.setBigDecimal(6, new BigDecimal("300.00"));
                    statement.setBigDecimal(7, new BigDecimal("300.00"));
                    statement.setDate(8, Date.valueOf((year + 1) + "-06-30"));
                    statement.setString(9, "THEATRE,MUSEUM,PHILHARMONIC,CINEMA,BOOKS");
                });
    }

    /** One call for each fund that has none. */
    private static long calls(VolumeContext context) {
        long[] funds = context.select("SELECT f.ID FROM VOUCHERS_FUND f WHERE NOT EXISTS (SELECT 1 FROM VOUCHERS_CALL c"
                + " WHERE c.FUND_ID = f.ID) ORDER BY f.ID");
        int missing = (int) Math.min(funds.length, Math.max(0, context.rows() - context.count("VOUCHERS_CALL")));
        long[] ids = context.ids("VOUCHERS_CALL_SEQ", missing);
        var random = context.random();
        return context.insert("INSERT INTO VOUCHERS_CALL (ID, FUND_ID, TITLE, OPENS_ON, CLOSES_ON, MIN_CRITERIA, VERSION)"
                + " VALUES (?, ?, ?, ?, ?, 1, 1)", missing, (statement, i) -> {
                    LocalDate opens = FIRST_DAY.plusDays(random.nextInt(DAYS));
                    statement.setLong(1, ids[i]);
                    statement.setLong(2, funds[i]);
                    statement.setString(3, "Apel pentru vouchere culturale nr. " + ids[i]);
                    statement.setDate(4, Date.valueOf(opens));
                    statement.setDate(5, Date.valueOf(opens.plusDays(30)));
                });
    }

    /**
     * Applications to the calls that have none yet, spread evenly, different people at each call;
     * returns the ids of the approved new ones.
     */
    private static long[] applications(VolumeContext context) {
        int target = context.rows() + context.rows() / 4;
        int missing = (int) Math.max(0, target - context.count("VOUCHERS_APPLICATION"));
        long[] calls = context.select("SELECT c.ID FROM VOUCHERS_CALL c WHERE NOT EXISTS (SELECT 1 FROM"
                + " VOUCHERS_APPLICATION a WHERE a.CALL_ID = c.ID) ORDER BY c.ID");
        long[] people = context.people();
        if (missing == 0 || calls.length == 0 || people.length == 0) {
            return new long[0];
        }
        int perCall = (int) Math.min(people.length, (missing + calls.length - 1) / calls.length);
        int count = (int) Math.min(missing, (long) perCall * calls.length);
        long[] ids = context.ids("VOUCHERS_APPLICATION_SEQ", count);
        var random = context.random();
        Timestamp decided = Timestamp.valueOf(FIRST_DAY.plusDays(random.nextInt(DAYS)).atTime(12, 0));
        context.insert("INSERT INTO VOUCHERS_APPLICATION (ID, CALL_ID, PERSON_ID, CRITERIA, PREFERRED_CATEGORY, STATUS,"
                + " ELIGIBLE, CRITERIA_POINTS, ASSESSMENT_POINTS, SCORE, SUBMITTED_ON, DECIDED_AT, VERSION)"
                + " VALUES (?, ?, ?, 'RURAL_ORIGIN', ?, ?, 'Y', 10, ?, ?, ?, ?, 1)", count, (statement, i) -> {
                    // Round robin over the calls; at one call, consecutive people from a start of its own.
                    long call = calls[i % calls.length];
                    int seat = i / calls.length;
                    int start = (int) Math.floorMod(call * 2_654_435_761L, (long) people.length);
                    int assessment = random.nextInt(40);
                    statement.setLong(1, ids[i]);
                    statement.setLong(2, call);
                    statement.setLong(3, people[(start + seat) % people.length]);
                    statement.setString(4, CATEGORIES[random.nextInt(CATEGORIES.length)].name());
                    statement.setString(5, approved(i) ? "APPROVED" : "REJECTED");
                    statement.setInt(6, assessment);
                    statement.setInt(7, 10 + assessment);
                    statement.setDate(8, Date.valueOf(FIRST_DAY.plusDays(random.nextInt(DAYS))));
                    statement.setTimestamp(9, decided);
                });
        return java.util.stream.IntStream.range(0, count).filter(VouchersVolumeData::approved).mapToLong(i -> ids[i])
                .toArray();
    }

    private static boolean approved(int index) {
        return index % 5 != 0;
    }

    private static long vouchers(VolumeContext context, long[] applications) {
        int count = (int) Math.min(applications.length, Math.max(0, context.rows() - context.count("VOUCHERS_VOUCHER")));
        long[] ids = context.ids("VOUCHERS_VOUCHER_SEQ", count);
        var random = context.random();
        // Fund and person of each application, read back in the order of the ids.
        Map<Long, long[]> owners = new java.util.HashMap<>();
        if (count > 0) {
            long from = applications[0];
            long[] rows = context.select("SELECT a.ID FROM VOUCHERS_APPLICATION a WHERE a.ID >= " + from + " ORDER BY a.ID");
            long[] funds = context.select("SELECT c.FUND_ID FROM VOUCHERS_APPLICATION a, VOUCHERS_CALL c WHERE"
                    + " a.CALL_ID = c.ID AND a.ID >= " + from + " ORDER BY a.ID");
            long[] persons = context.select("SELECT a.PERSON_ID FROM VOUCHERS_APPLICATION a WHERE a.ID >= " + from
                    + " ORDER BY a.ID");
            for (int i = 0; i < rows.length; i++) {
                owners.put(rows[i], new long[] { funds[i], persons[i] });
            }
        }
        return context.insert("INSERT INTO VOUCHERS_VOUCHER (ID, FUND_ID, APPLICATION_ID, PERSON_ID, CODE, FACE_VALUE,"
                + " SPENT_AMOUNT, CATEGORY, ISSUED_ON, EXPIRES_ON, STATUS, VERSION)"
                + " VALUES (?, ?, ?, ?, ?, 300.00, ?, ?, ?, ?, 'ACTIVE', 1)", count, (statement, i) -> {
                    long[] owner = owners.get(applications[i]);
                    LocalDate issued = FIRST_DAY.plusDays(random.nextInt(DAYS));
                    statement.setLong(1, ids[i]);
                    statement.setLong(2, owner[0]);
                    statement.setLong(3, applications[i]);
                    statement.setLong(4, owner[1]);
                    statement.setString(5, String.format("G%015d", ids[i]));
                    statement.setBigDecimal(6, BigDecimal.valueOf(random.nextInt(301)).setScale(2));
                    statement.setString(7, CATEGORIES[random.nextInt(CATEGORIES.length)].name());
                    statement.setDate(8, Date.valueOf(issued));
                    statement.setDate(9, Date.valueOf(issued.plusMonths(6)));
                });
    }
}
