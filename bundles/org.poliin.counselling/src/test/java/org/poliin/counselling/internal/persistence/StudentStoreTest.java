package org.poliin.counselling.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.poliin.api.common.PageRequest;
import org.poliin.api.errors.AccessDeniedException;
import org.poliin.api.errors.ConflictException;
import org.poliin.api.event.Attendance;
import org.poliin.api.people.PersonDTO;
import org.poliin.api.people.PersonService;
import org.poliin.api.privacy.PersonalDataRecord;
import org.poliin.counselling.internal.AlertDTO;
import org.poliin.counselling.internal.AlertRule;
import org.poliin.counselling.internal.AlertStatus;
import org.poliin.counselling.internal.ConsentDTO;
import org.poliin.counselling.internal.ConsentInput;
import org.poliin.counselling.internal.ConsentScope;
import org.poliin.counselling.internal.CounsellingSettings;
import org.poliin.counselling.internal.PlanInput;
import org.poliin.counselling.internal.Referral;
import org.poliin.counselling.internal.StudentDTO;
import org.poliin.counselling.internal.StudentInput;
import org.poliin.counselling.internal.StudentStatus;
import org.poliin.counselling.internal.TestSettings;
import org.poliin.counselling.internal.VulnerabilityCategory;
import org.poliin.testing.RecordingAuditLog;
import org.poliin.testing.TestDatabase;

class StudentStoreTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 12, 1);

    private final TestDatabase database = TestDatabase.create().migrate("db/core-changelog.xml")
            .migrate("db/counselling-changelog.xml");
    private final JpaTemplate jpa = database.jpa("poliin-counselling");
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final PersonService people = mock(PersonService.class);
    private final CounsellingSettings settings = TestSettings.with(Map.of("retention_closedDays", 365));
    private final AlertStore alerts = new AlertStore(jpa, null, audit, settings);
    private final StudentStore students = new StudentStore(jpa, null, audit, people, alerts, settings);

    @AfterEach
    void close() {
        database.close();
    }

    private long person(long id) throws Exception {
        PersonDTO person = new PersonDTO();
        person.id = id;
        person.givenName = "Elena";
        person.familyName = "Florea";
        when(people.get(id)).thenReturn(person);
        when(people.find(id)).thenReturn(Optional.of(person));
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO CORE_PERSON "
                        + "(ID, GIVEN_NAME, FAMILY_NAME, SEARCH_TEXT, CREATED_AT, UPDATED_AT, VERSION) "
                        + "VALUES (?, 'Elena', 'Florea', 'elena florea', ?, ?, 1)")) {
            insert.setLong(1, id);
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return id;
    }

    private void event(long id, LocalDate day) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO CORE_EVENT (ID, EVENT_TYPE, MODULE_ID, "
                        + "TITLE, STARTS_AT, STATUS, SEARCH_TEXT, CREATED_AT, UPDATED_AT, VERSION) VALUES "
                        + "(?, 'counselling.group-meeting', 'counselling', 'Grup', ?, 'DONE', 'grup', ?, ?, 1)")) {
            insert.setLong(1, id);
            insert.setTimestamp(2, Timestamp.valueOf(day.atTime(16, 0)));
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    private StudentDTO student(long personId, String number) {
        StudentInput input = new StudentInput();
        input.personId = personId;
        input.studentNumber = number;
        input.faculty = "Automatică și Calculatoare";
        input.programme = "CTI";
        input.studyYear = 1;
        input.cohortYear = 2024;
        input.referral = Referral.SELF;
        input.supportedSince = LocalDate.of(2024, 10, 1);
        input.counsellors = List.of("ana");
        return students.create(input, "ana", TODAY);
    }

    private ConsentDTO consent(long studentId) {
        ConsentInput input = new ConsentInput();
        input.scope = ConsentScope.SPECIAL_CATEGORIES;
        input.textVersion = "2024-1";
        input.givenOn = LocalDate.of(2024, 10, 1);
        return students.giveConsent(studentId, input, "ana");
    }

    private void attend(long eventId, long studentId, LocalDate day, Attendance attendance) {
        jpa.tx(TransactionType.Required, em -> {
            AttendanceEntity row = new AttendanceEntity();
            row.eventId = eventId;
            row.studentId = studentId;
            row.meetingOn = day;
            row.attendance = attendance.name();
            em.persist(row);
        });
    }

    @Test
    void categoriesNeedAConsentAndWithdrawingItErasesThemButKeepsTheHistory() throws Exception {
        StudentDTO student = student(person(1), "S-1");
        assertThatThrownBy(() -> students.setCategories(student.id, Set.of(VulnerabilityCategory.ROMA_ETHNICITY), student.version))
                .isInstanceOf(ConflictException.class).hasMessageContaining("SPECIAL_CATEGORIES");

        ConsentDTO consent = consent(student.id);
        StudentDTO withCategories = students.setCategories(student.id,
                Set.of(VulnerabilityCategory.ROMA_ETHNICITY, VulnerabilityCategory.LOW_INCOME), student.version);
        assertThat(withCategories.categories).containsExactly(VulnerabilityCategory.LOW_INCOME,
                VulnerabilityCategory.ROMA_ETHNICITY);

        students.withdrawConsent(student.id, consent.id, TODAY);
        assertThat(students.read(student.id).categories).isEmpty();
        assertThat(students.consents(student.id)).singleElement().satisfies(c -> {
            assertThat(c.withdrawnOn).isEqualTo(TODAY);
            assertThat(c.valid).isFalse();
        });
        assertThat(audit.actions()).contains("counselling.consent.withdraw", "counselling.categories.erase");
        assertThatThrownBy(() -> students.withdrawConsent(student.id, consent.id, TODAY))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> students.setCategories(student.id, Set.of(VulnerabilityCategory.DISABILITY),
                students.read(student.id).version))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void everyReadIsAuditedPerRecordAndPlansAndNotesAreForAssignedCounsellorsOnly() throws Exception {
        StudentDTO student = student(person(1), "S-1");
        student(person(2), "S-2");
        PlanInput plan = new PlanInput();
        plan.goals = "Să nu abandoneze";
        students.createPlan(student.id, plan, "ana", TODAY);
        students.addNote(student.id, "Notă confidențială", "ana");
        students.addNote(student.id, "A doua notă", "ana");

        int before = audit.actions().size();
        assertThat(students.list(null, PageRequest.of(0, 20)).items).hasSize(2);
        assertThat(students.plans(student.id, "ana")).hasSize(1);
        assertThat(students.notes(student.id, "ana")).extracting(n -> n.text).containsExactly("Notă confidențială",
                "A doua notă");
        assertThat(audit.actions().subList(before, audit.actions().size())).containsExactly("counselling.student.read", "counselling.student.read",
                "counselling.plan.read", "counselling.note.read", "counselling.note.read");

        assertThatThrownBy(() -> students.notes(student.id, "bogdan")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> students.plans(student.id, "bogdan")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> students.addNote(student.id, "x", "bogdan")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void alertsAreRaisedOncePerTriggerWithOneOpenPerStudentAndRule() throws Exception {
        StudentDTO student = student(person(1), "S-1");
        event(101, LocalDate.of(2024, 11, 1));
        event(102, LocalDate.of(2024, 11, 8));
        event(103, LocalDate.of(2024, 11, 15));
        event(104, LocalDate.of(2024, 11, 22));
        attend(101, student.id, LocalDate.of(2024, 11, 1), Attendance.ABSENT);
        attend(102, student.id, LocalDate.of(2024, 11, 8), Attendance.ABSENT);

        assertThat(alerts.evaluate(student.id, TODAY)).isEqualTo(1);
        assertThat(alerts.evaluate(student.id, TODAY)).as("idempotent").isZero();
        assertThat(alerts.evaluateAll(TODAY).alertsRaised).isZero();
        // a third missed meeting while the alert is open: still one open alert for the rule
        attend(103, student.id, LocalDate.of(2024, 11, 15), Attendance.ABSENT);
        assertThat(alerts.evaluate(student.id, TODAY)).isZero();

        List<AlertDTO> open = alerts.forCounsellor("ana", AlertStatus.OPEN, new PageRequest(0, 50)).items;
        assertThat(open).singleElement().satisfies(a -> assertThat(a.rule).isEqualTo(AlertRule.MISSED_MEETINGS));
        assertThat(alerts.forCounsellor("bogdan", null, new PageRequest(0, 50)).items).isEmpty();
        assertThatThrownBy(() -> alerts.acknowledge(open.get(0).id, "bogdan")).isInstanceOf(AccessDeniedException.class);
        alerts.acknowledge(open.get(0).id, "ana");
        AlertDTO resolved = alerts.resolve(open.get(0).id, "ana", "Am vorbit cu studenta");
        assertThat(resolved.status).isEqualTo(AlertStatus.RESOLVED);
        assertThat(resolved.resolutionNote).isEqualTo("Am vorbit cu studenta");

        // after resolution, the same series (101, 102, 103, 104 ...) raises nothing ...
        attend(104, student.id, LocalDate.of(2024, 11, 22), Attendance.ABSENT);
        assertThat(alerts.evaluate(student.id, TODAY)).isZero();
        // ... a new series after a presence does
        event(105, LocalDate.of(2024, 11, 23));
        event(106, LocalDate.of(2024, 11, 24));
        event(107, LocalDate.of(2024, 11, 25));
        attend(105, student.id, LocalDate.of(2024, 11, 23), Attendance.PRESENT);
        attend(106, student.id, LocalDate.of(2024, 11, 24), Attendance.ABSENT);
        assertThat(alerts.evaluate(student.id, TODAY)).isZero();
        attend(107, student.id, LocalDate.of(2024, 11, 25), Attendance.ABSENT);
        assertThat(alerts.evaluate(student.id, TODAY)).isEqualTo(1);
        assertThat(alerts.forCounsellor("ana", AlertStatus.OPEN, new PageRequest(0, 50)).items).singleElement()
                .satisfies(a -> assertThat(a.triggerKey).isEqualTo("series:106"));

        // pausing the student raises the paused alert on the write itself
        StudentInput paused = new StudentInput();
        paused.personId = student.personId;
        paused.studentNumber = "S-1";
        paused.faculty = student.faculty;
        paused.studyYear = 1;
        paused.cohortYear = 2024;
        paused.referral = Referral.SELF;
        paused.status = StudentStatus.PAUSED;
        paused.version = students.read(student.id).version;
        students.update(student.id, paused, TODAY);
        assertThat(alerts.forCounsellor("ana", AlertStatus.OPEN, new PageRequest(0, 50)).items).extracting(a -> a.rule)
                .contains(AlertRule.STATUS_PAUSED);
    }

    @Test
    void exportShowsEverythingAndErasureAnonymisesKeepingTheCounts() throws Exception {
        long personId = person(1);
        StudentDTO student = student(personId, "S-1");
        consent(student.id);
        students.setCategories(student.id, Set.of(VulnerabilityCategory.DISABILITY), student.version);
        PlanInput plan = new PlanInput();
        plan.goals = "Obiectiv";
        plan.followUpOn = LocalDate.of(2024, 11, 1);
        students.createPlan(student.id, plan, "ana", TODAY);
        students.addNote(student.id, "Notă", "ana");

        List<PersonalDataRecord> export = students.export(personId);
        assertThat(export).extracting(r -> r.entity).contains("COUNSELLING_STUDENT", "COUNSELLING_CONSENT",
                "COUNSELLING_PLAN", "COUNSELLING_NOTE", "COUNSELLING_ALERT");
        assertThat(export.get(0).data.get("categories")).isEqualTo(List.of("DISABILITY"));
        assertThat(students.export(999)).isEmpty();

        long before = students.supportedIn(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        jpa.tx(TransactionType.Required, em -> students.anonymise(personId, TODAY));
        StudentDTO anonymous = students.read(student.id);
        assertThat(anonymous.anonymised).isTrue();
        assertThat(anonymous.personId).isNull();
        assertThat(anonymous.studentNumber).isNull();
        assertThat(anonymous.categories).isEmpty();
        assertThat(students.export(personId)).isEmpty();
        assertThat(students.supportedIn(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isEqualTo(before);
        assertThat(alerts.forCounsellor("ana", null, new PageRequest(0, 50)).items).isEmpty();
        jpa.tx(TransactionType.Required, em -> assertThat(students.anonymise(12345, TODAY)).isNotEmpty());
    }

    @Test
    void thePurgeAnonymisesOnlyStudentsClosedLongerThanTheRetention() throws Exception {
        StudentDTO old = student(person(1), "S-1");
        StudentDTO recent = student(person(2), "S-2");
        close(old, LocalDate.of(2023, 6, 30));
        close(recent, LocalDate.of(2024, 6, 30));

        assertThat(students.purge(TODAY).studentsAnonymised).isEqualTo(1);
        assertThat(students.read(old.id).anonymised).isTrue();
        assertThat(students.read(recent.id).anonymised).isFalse();
        assertThat(students.purge(TODAY).studentsAnonymised).as("idempotent").isZero();
        assertThat(audit.actions()).contains("counselling.retention.purge");
    }

    private void close(StudentDTO student, LocalDate closedOn) {
        StudentInput input = new StudentInput();
        input.personId = student.personId;
        input.faculty = student.faculty;
        input.studyYear = 1;
        input.cohortYear = 2024;
        input.referral = Referral.SELF;
        input.status = StudentStatus.CLOSED;
        input.closedOn = closedOn;
        input.supportedSince = LocalDate.of(2023, 1, 10);
        input.version = students.read(student.id).version;
        students.update(student.id, input, TODAY);
    }

}
