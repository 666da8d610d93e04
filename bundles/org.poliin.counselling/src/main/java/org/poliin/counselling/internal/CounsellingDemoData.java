package org.poliin.counselling.internal;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.common.PageRequest;
import org.poliin.api.demo.DemoDataSet;
import org.poliin.api.event.Attendance;
import org.poliin.api.event.EventDTO;
import org.poliin.api.event.EventQuery;
import org.poliin.api.event.EventService;
import org.poliin.api.event.EventStatus;
import org.poliin.api.imports.ImportReport;
import org.poliin.api.module.PlatformModule;
import org.poliin.api.people.PersonDTO;
import org.poliin.api.people.PersonInput;
import org.poliin.api.people.PersonService;
import org.poliin.counselling.internal.persistence.MeetingStore;
import org.poliin.counselling.internal.persistence.OutcomeStore;
import org.poliin.counselling.internal.persistence.StudentStore;

/**
 * Demo data (only with the platform's demo switch): the 2024 cohort of supported students (fictitious
 * people), the 4 facilitated group meetings the programme reported for 2024 with their attendance, and the
 * enrolment status of the first-year cohorts at the end of the first term. Creates only what is missing.
 */
@Component(property = PlatformModule.MODULE_ID_PROPERTY + "=" + CounsellingModule.ID)
public final class CounsellingDemoData implements DemoDataSet {

    static final String COUNSELLOR = "consilier.demo";
    static final LocalDate TERM_END = LocalDate.of(2025, 2, 28);
    static final String AC = "Automatică și Calculatoare";
    static final String CT = "Construcții";

    record DemoStudent(String given, String family, String faculty, String number, Referral referral,
            Set<VulnerabilityCategory> categories) {
    }

    static final List<DemoStudent> STUDENTS = List.of(
            new DemoStudent("Alexandra", "Bălan", AC, "DEMO-AC-0003", Referral.SELF, Set.of(VulnerabilityCategory.RURAL_ORIGIN)),
            new DemoStudent("Bogdan", "Crăciun", AC, "DEMO-AC-0005", Referral.INFORMATION_OFFICE,
                    Set.of(VulnerabilityCategory.LOW_INCOME, VulnerabilityCategory.RURAL_ORIGIN)),
            new DemoStudent("Cristina", "Dumitrescu", AC, "DEMO-AC-0010", Referral.TEACHER, Set.of(VulnerabilityCategory.CARE_LEAVER)),
            new DemoStudent("Daniel", "Enache", AC, "DEMO-AC-0012", Referral.VOUCHER_PROGRAMME, Set.of(VulnerabilityCategory.LOW_INCOME)),
            new DemoStudent("Elena", "Florea", AC, "DEMO-AC-0020", Referral.SELF, Set.of(VulnerabilityCategory.ROMA_ETHNICITY)),
            new DemoStudent("Florin", "Gheorghiu", AC, "DEMO-AC-0022", Referral.INFORMATION_OFFICE, Set.of(VulnerabilityCategory.DISABILITY)),
            new DemoStudent("Gabriela", "Hanganu", AC, "DEMO-AC-0025", Referral.SELF, Set.of(VulnerabilityCategory.FIRST_GENERATION)),
            new DemoStudent("Horia", "Iordache", CT, "DEMO-CT-0001", Referral.TEACHER, Set.of(VulnerabilityCategory.RURAL_ORIGIN)),
            new DemoStudent("Ioana", "Jitaru", CT, "DEMO-CT-0002", Referral.VOUCHER_PROGRAMME, Set.of(VulnerabilityCategory.LOW_INCOME)),
            new DemoStudent("Laurențiu", "Lupu", CT, "DEMO-CT-0004", Referral.SELF, Set.of(VulnerabilityCategory.RURAL_ORIGIN)),
            new DemoStudent("Mădălina", "Marinescu", CT, "DEMO-CT-0006", Referral.INFORMATION_OFFICE, Set.of(VulnerabilityCategory.CARE_LEAVER)),
            new DemoStudent("Nicolae", "Neagu", CT, "DEMO-CT-0008", Referral.SELF, Set.of(VulnerabilityCategory.LOW_INCOME)));

    record DemoMeeting(LocalDateTime startsAt, String topic, List<String> facilitators) {
    }

    /** The 4 facilitated group meetings of 2024 (programme activity 3). */
    static final List<DemoMeeting> MEETINGS = List.of(
            new DemoMeeting(LocalDateTime.of(2024, 10, 16, 16, 0), "Adaptarea la viața universitară", List.of("Psih. Irina Mocanu")),
            new DemoMeeting(LocalDateTime.of(2024, 11, 6, 16, 0), "Organizarea timpului și a învățării", List.of("Psih. Irina Mocanu", "Consilier Radu Stan")),
            new DemoMeeting(LocalDateTime.of(2024, 11, 27, 16, 0), "Resurse și sprijin în universitate", List.of("Consilier Radu Stan")),
            new DemoMeeting(LocalDateTime.of(2024, 12, 11, 16, 0), "Pregătirea sesiunii de examene", List.of("Psih. Irina Mocanu")));

    private final PersonService people;
    private final StudentStore students;
    private final MeetingStore meetings;
    private final OutcomeStore outcomes;
    private final EventService events;

    @Activate
    public CounsellingDemoData(@Reference PersonService people, @Reference StudentStore students,
            @Reference MeetingStore meetings, @Reference OutcomeStore outcomes, @Reference EventService events) {
        this.people = people;
        this.students = students;
        this.meetings = meetings;
        this.outcomes = outcomes;
        this.events = events;
    }

    @Override
    public String moduleId() {
        return CounsellingModule.ID;
    }

    @Override
    public void load() {
        long[] studentIds = new long[STUDENTS.size()];
        for (int i = 0; i < STUDENTS.size(); i++) {
            studentIds[i] = student(i, STUDENTS.get(i));
        }
        for (int m = 0; m < MEETINGS.size(); m++) {
            long meetingId = meeting(MEETINGS.get(m));
            for (int s = 0; s < studentIds.length; s++) {
                // a few absences, never two in a row for anyone, so the demo has no open alerts from them
                Attendance attendance = (s + m) % 5 == 0 ? Attendance.ABSENT : Attendance.PRESENT;
                meetings.record(meetingId, studentIds[s], attendance, MEETINGS.get(m).startsAt().toLocalDate());
            }
        }
        if (!outcomes.hasTerm(TERM_END)) {
            ImportReport report = outcomes.importCsv(new StringReader(enrolmentCsv()), TERM_END);
            if (!report.problems.isEmpty()) {
                throw new IllegalStateException("The demo enrolment CSV has faulty rows: " + report.problems);
            }
        }
    }

    private long student(int index, DemoStudent demo) {
        String externalId = String.format("DEMO-CNS-%02d", index + 1);
        PersonDTO person = people.findByExternalId(externalId).orElseGet(() -> {
            PersonInput input = new PersonInput();
            input.givenName = demo.given();
            input.familyName = demo.family();
            input.externalId = externalId;
            return people.create(input);
        });
        return students.studentOf(person.id).orElseGet(() -> {
            StudentInput input = new StudentInput();
            input.personId = person.id;
            input.studentNumber = demo.number();
            input.faculty = demo.faculty();
            input.programme = demo.faculty().equals(AC) ? "Calculatoare și tehnologia informației" : "Inginerie civilă";
            input.studyYear = 1;
            input.cohortYear = 2024;
            input.referral = demo.referral();
            input.supportedSince = LocalDate.of(2024, 10, 7);
            input.counsellors = List.of(COUNSELLOR);
            LocalDate today = LocalDate.of(2024, 10, 7);
            StudentDTO student = students.create(input, COUNSELLOR, today);
            ConsentInput consent = new ConsentInput();
            consent.scope = ConsentScope.SPECIAL_CATEGORIES;
            consent.textVersion = "2024-1";
            consent.givenOn = LocalDate.of(2024, 10, 7);
            students.giveConsent(student.id, consent, COUNSELLOR);
            students.setCategories(student.id, demo.categories(), student.version);
            return student.id;
        });
    }

    private long meeting(DemoMeeting demo) {
        LocalDate day = demo.startsAt().toLocalDate();
        List<EventDTO> existing = events.search(new EventQuery(CounsellingModule.ID, Set.of(CounsellingModule.GROUP_MEETING),
                null, day, day, null, null), PageRequest.of(0, 10)).items;
        for (EventDTO event : existing) {
            if (meetings.exists(event.id)) {
                return event.id;
            }
        }
        MeetingInput input = new MeetingInput();
        input.topic = demo.topic();
        input.facilitators = demo.facilitators();
        input.startsAt = demo.startsAt();
        input.endsAt = demo.startsAt().plusHours(2);
        input.place = "Centrul de Consiliere și Orientare în Carieră";
        input.status = EventStatus.DONE;
        return meetings.create(input).id;
    }

    /** The first-year cohorts of the two faculties at the end of the first term (fictitious student numbers). */
    static String enrolmentCsv() {
        StringBuilder csv = new StringBuilder("student_number,faculty,study_year,status\n");
        cohort(csv, "DEMO-AC-", AC, 60);
        cohort(csv, "DEMO-CT-", CT, 40);
        return csv.toString();
    }

    private static void cohort(StringBuilder csv, String prefix, String faculty, int size) {
        for (int i = 1; i <= size; i++) {
            String status = i % 10 == 0 ? "dropped-out" : i % 17 == 0 ? "transferred" : "enrolled";
            csv.append(String.format("%s%04d,%s,1,%s%n", prefix, i, faculty, status));
        }
    }
}
