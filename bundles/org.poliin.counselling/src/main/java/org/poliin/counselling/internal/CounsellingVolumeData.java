package org.poliin.counselling.internal;

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
 * The module's tables at a university's real size ({@code poliin:generate-data}): supported students
 * (one per person at most), group meetings (core events of type {@value CounsellingModule#GROUP_MEETING}
 * with their meeting rows) and alerts.
 */
@Component(property = PlatformModule.MODULE_ID_PROPERTY + "=" + CounsellingModule.ID)
public final class CounsellingVolumeData implements VolumeDataSet {

    private static final List<String> FACULTIES = List.of("Automatică și Calculatoare", "Electronică și Telecomunicații",
            "Inginerie Mecanică", "Construcții", "Chimie Industrială", "Inginerie Electrică", "Arhitectură",
            "Management în Producție și Transporturi");
    private static final Referral[] REFERRALS = Referral.values();
    private static final AlertRule[] RULES = AlertRule.values();
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    private static final int DAYS = 3 * 365;

    @Override
    public String moduleId() {
        return CounsellingModule.ID;
    }

    @Override
    public Map<String, Long> generate(VolumeContext context) {
        Map<String, Long> created = new LinkedHashMap<>();
        created.put("COUNSELLING_STUDENT", students(context));
        created.put("COUNSELLING_MEETING", meetings(context));
        created.put("COUNSELLING_ALERT", alerts(context));
        return created;
    }

    /** A student record for people who have none yet. */
    private static long students(VolumeContext context) {
        long[] people = context.select("SELECT p.ID FROM CORE_PERSON p WHERE p.ERASED_AT IS NULL AND NOT EXISTS"
                + " (SELECT 1 FROM COUNSELLING_STUDENT s WHERE s.PERSON_ID = p.ID) ORDER BY p.ID");
        int missing = (int) Math.min(people.length, Math.max(0, context.rows() - context.count("COUNSELLING_STUDENT")));
        long[] ids = context.ids("COUNSELLING_STUDENT_SEQ", missing);
        var random = context.random();
        return context.insert("INSERT INTO COUNSELLING_STUDENT (ID, PERSON_ID, STUDENT_NUMBER, FACULTY, PROGRAMME,"
                + " STUDY_YEAR, COHORT_YEAR, REFERRAL, STUDENT_STATUS, STATUS_CHANGED_ON, SUPPORTED_SINCE, CLOSED_ON,"
                + " VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", missing, (statement, i) -> {
                    LocalDate since = FIRST_DAY.plusDays(random.nextInt(DAYS));
                    int roll = random.nextInt(100);
                    String status = roll < 70 ? "ACTIVE" : roll < 80 ? "PAUSED" : "CLOSED";
                    LocalDate closed = "CLOSED".equals(status) ? since.plusDays(30 + random.nextInt(300)) : null;
                    String faculty = FACULTIES.get(random.nextInt(FACULTIES.size()));
                    statement.setLong(1, ids[i]);
                    statement.setLong(2, people[i]);
                    statement.setString(3, "S" + ids[i]);
                    statement.setString(4, faculty);
                    statement.setString(5, "Licență — " + faculty);
                    statement.setInt(6, 1 + random.nextInt(4));
                    statement.setInt(7, since.getYear());
                    statement.setString(8, REFERRALS[random.nextInt(REFERRALS.length)].name());
                    statement.setString(9, status);
                    statement.setDate(10, Date.valueOf(closed == null ? since : closed));
                    statement.setDate(11, Date.valueOf(since));
                    statement.setDate(12, closed == null ? null : Date.valueOf(closed));
                });
    }

    private static long meetings(VolumeContext context) {
        int missing = (int) Math.max(0, context.rows() - context.count("COUNSELLING_MEETING"));
        List<VolumeContext.GeneratedEvent> events = context.events(CounsellingModule.ID, CounsellingModule.GROUP_MEETING,
                "Întâlnire de grup de consiliere", context.organisations("UNIVERSITY"), missing);
        var random = context.random();
        return context.insert("INSERT INTO COUNSELLING_MEETING (EVENT_ID, FACILITATORS) VALUES (?, ?)", events.size(),
                (statement, i) -> {
                    statement.setLong(1, events.get(i).id());
                    statement.setString(2, random.nextBoolean() ? "consilier1" : "consilier1,consilier2");
                });
    }

    /** Alerts on the students; the open ones carry the open key that keeps one open alert per student and rule. */
    private static long alerts(VolumeContext context) {
        int missing = (int) Math.max(0, context.rows() - context.count("COUNSELLING_ALERT"));
        long[] students = context.select("SELECT ID FROM COUNSELLING_STUDENT ORDER BY ID");
        if (missing == 0 || students.length == 0) {
            return 0;
        }
        long[] ids = context.ids("COUNSELLING_ALERT_SEQ", missing);
        var random = context.random();
        return context.insert("INSERT INTO COUNSELLING_ALERT (ID, STUDENT_ID, ALERT_RULE, TRIGGER_KEY, OPEN_KEY,"
                + " ALERT_STATUS, RAISED_AT, RESOLVED_BY, RESOLVED_AT, RESOLUTION_NOTE, VERSION)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", missing, (statement, i) -> {
                    long student = students[random.nextInt(students.length)];
                    AlertRule rule = RULES[random.nextInt(RULES.length)];
                    Timestamp raised = Timestamp.valueOf(FIRST_DAY.plusDays(random.nextInt(DAYS)).atTime(8, 0));
                    statement.setLong(1, ids[i]);
                    statement.setLong(2, student);
                    statement.setString(3, rule.name());
                    statement.setString(4, "generated:" + ids[i]);
                    // Resolved alerts only: an open key is unique per student and rule.
                    statement.setString(5, null);
                    statement.setString(6, "RESOLVED");
                    statement.setTimestamp(7, raised);
                    statement.setString(8, "consilier1");
                    statement.setTimestamp(9, new Timestamp(raised.getTime() + 86_400_000L * (1 + random.nextInt(20))));
                    statement.setString(10, "Discuție cu studentul; situație rezolvată");
                });
    }
}
