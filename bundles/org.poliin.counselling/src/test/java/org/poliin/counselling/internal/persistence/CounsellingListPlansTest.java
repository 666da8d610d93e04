package org.poliin.counselling.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.apache.aries.jpa.template.JpaTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.people.PersonService;
import org.poliin.counselling.internal.AlertDTO;
import org.poliin.counselling.internal.AlertStatus;
import org.poliin.counselling.internal.CounsellingSettings;
import org.poliin.counselling.internal.StudentDTO;
import org.poliin.counselling.internal.StudentStatus;
import org.poliin.counselling.internal.TestSettings;
import org.poliin.testing.QueryPlans;
import org.poliin.testing.RecordingAuditLog;
import org.poliin.testing.TestDatabase;

/**
 * The module's lists over tables of realistic size: a page of students (the first, one after a cursor,
 * one of a status) is read through an index in the list's order, with no table scan and no sort, and
 * walking a list (students, a counsellor's alerts) by cursor returns every row once, in order.
 */
class CounsellingListPlansTest {

    private static final int STUDENTS = 5_000;
    private static final int ALERTS = 6_000;
    private static final LocalDateTime FIRST = LocalDateTime.of(2024, 1, 1, 8, 0);
    private static final StudentStatus[] STUDENT_STATUSES = StudentStatus.values();
    private static final AlertStatus[] ALERT_STATUSES = AlertStatus.values();

    private static TestDatabase database;
    private static JpaTemplate jpa;
    private static StudentStore students;
    private static AlertStore alerts;

    @BeforeAll
    static void fill() {
        database = TestDatabase.create().migrate("db/core-changelog.xml").migrate("db/counselling-changelog.xml");
        jpa = database.jpa("poliin-counselling");
        CounsellingSettings settings = TestSettings.with(Map.of());
        RecordingAuditLog audit = new RecordingAuditLog();
        alerts = new AlertStore(jpa, null, audit, settings);
        students = new StudentStore(jpa, null, audit, mock(PersonService.class), alerts, settings);
        var data = database.dataSource();
        QueryPlans.fill(data, "INSERT INTO COUNSELLING_STUDENT (ID, FACULTY, STUDY_YEAR, COHORT_YEAR, REFERRAL, "
                + "STUDENT_STATUS, STATUS_CHANGED_ON, SUPPORTED_SINCE, VERSION) "
                + "VALUES (?, 'Automatică', 1, 2024, 'SELF', ?, ?, ?, 0)", STUDENTS, (row, i) -> {
                    row.setLong(1, i + 1);
                    row.setString(2, studentStatus(i).name());
                    row.setDate(3, Date.valueOf("2024-01-01"));
                    row.setDate(4, Date.valueOf("2024-01-01"));
                });
        // "ana" counsels every tenth student, "bogdan" all the others
        QueryPlans.fill(data, "INSERT INTO COUNSELLING_COUNSELLOR (STUDENT_ID, USER_NAME) VALUES (?, ?)", STUDENTS,
                (row, i) -> {
                    row.setLong(1, i + 1);
                    row.setString(2, i % 10 == 0 ? "ana" : "bogdan");
                });
        QueryPlans.fill(data, "INSERT INTO COUNSELLING_ALERT (ID, STUDENT_ID, ALERT_RULE, TRIGGER_KEY, ALERT_STATUS, "
                + "RAISED_AT, VERSION) VALUES (?, ?, 'MISSED_MEETINGS', ?, ?, ?, 0)", ALERTS, (row, i) -> {
                    row.setLong(1, i + 1);
                    row.setLong(2, alertStudent(i));
                    row.setString(3, "k" + i);
                    row.setString(4, alertStatus(i).name());
                    row.setTimestamp(5, Timestamp.valueOf(raisedAt(i)));
                });
        QueryPlans.updateStatistics(data);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static StudentStatus studentStatus(int i) {
        return STUDENT_STATUSES[i % STUDENT_STATUSES.length];
    }

    private static long alertStudent(int i) {
        return 1 + (i * 7L) % STUDENTS;
    }

    private static boolean ofAna(int i) {
        return (alertStudent(i) - 1) % 10 == 0;
    }

    private static AlertStatus alertStatus(int i) {
        return ALERT_STATUSES[i % ALERT_STATUSES.length];
    }

    /** Many alerts share an instant (the nightly evaluation), so the id decides the order then. */
    private static LocalDateTime raisedAt(int i) {
        return FIRST.plusHours(i % 500);
    }

    private static PageRequest after(Page<?> page) {
        assertThat(page.next).isNotNull();
        return new PageRequest(0, page.size, page.next, false);
    }

    @Test
    void studentPagesAreReadThroughAnIndexAndWalkEveryRowOnce() {
        Page<StudentDTO> first = students.list(null, new PageRequest(0, 20));
        for (StudentStatus status : new StudentStatus[] { null, StudentStatus.ACTIVE }) {
            for (PageRequest page : List.of(new PageRequest(0, 20), after(first))) {
                QueryPlans.explain(jpa, em -> StudentStore.listQuery(em, status, page))
                        .assertNoTableScan("COUNSELLING_STUDENT").assertNoSort()
                        .assertRowsVisitedAtMost("COUNSELLING_STUDENT", 100);
            }
        }
        assertThat(walk(page -> students.list(StudentStatus.ACTIVE, page), 97, s -> ((StudentDTO) s).id))
                .isEqualTo(IntStream.range(0, STUDENTS).filter(i -> studentStatus(i) == StudentStatus.ACTIVE)
                        .mapToObj(i -> (long) i + 1).toList());
    }

    /**
     * A counsellor's alerts, walked by cursor. Their plan is not asserted yet: Derby joins the
     * counsellor's assignments first and sorts that counsellor's alerts (see {@link AlertStore#forCounsellor}).
     */
    @Test
    void walkingACounsellorsAlertsByCursorReturnsEachOnceNewestFirst() {
        for (AlertStatus status : new AlertStatus[] { null, AlertStatus.ACKNOWLEDGED }) {
            assertThat(walk(page -> alerts.forCounsellor("ana", status, page), 23, a -> ((AlertDTO) a).id))
                    .isEqualTo(IntStream.range(0, ALERTS).filter(CounsellingListPlansTest::ofAna)
                            .filter(i -> status == null || alertStatus(i) == status).boxed()
                            .sorted(Comparator.comparing(CounsellingListPlansTest::raisedAt).thenComparing(i -> i)
                                    .reversed())
                            .map(i -> (long) i + 1).toList())
                    .isNotEmpty();
        }
        assertThat(alerts.forCounsellor("ana", null, new PageRequest(0, 5, null, true)).total)
                .isEqualTo(IntStream.range(0, ALERTS).filter(CounsellingListPlansTest::ofAna).count());
    }

    /** The ids of every item of a list, read page by page with the cursor of each page. */
    private static List<Long> walk(Function<PageRequest, Page<?>> list, int size, Function<Object, Long> idOf) {
        List<Long> ids = new ArrayList<>();
        PageRequest page = new PageRequest(0, size);
        while (true) {
            Page<?> found = list.apply(page);
            found.items.forEach(item -> ids.add(idOf.apply(item)));
            if (!found.hasMore) {
                assertThat(found.next).isNull();
                return ids;
            }
            page = after(found);
        }
    }
}
