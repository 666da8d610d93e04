package org.poliin.core.internal.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.common.PageRequest;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.event.Attendance;
import org.poliin.api.event.AttendanceSummary;
import org.poliin.api.event.EventDTO;
import org.poliin.api.event.EventInput;
import org.poliin.api.event.EventQuery;
import org.poliin.api.event.EventStatus;
import org.poliin.api.event.EventTypeDTO;
import org.poliin.api.event.ParticipantInput;
import org.poliin.api.module.ModuleDTO;
import org.poliin.api.module.ModuleRegistry;
import org.poliin.api.people.PersonInput;
import org.poliin.core.internal.CoreFixture;

class JpaEventServiceTest {

    private final CoreFixture core = new CoreFixture();
    private final JpaEventService events = core.events(new ModuleRegistry() {
        @Override
        public List<ModuleDTO> modules() {
            ModuleDTO module = new ModuleDTO();
            module.id = "outreach";
            EventTypeDTO visit = EventTypeDTO.of("outreach.school-visit", LocalizedText.of("Vizită", "Visit"));
            visit.moduleId = "outreach";
            module.eventTypes = List.of(visit);
            return List.of(module);
        }

        @Override
        public Optional<ModuleDTO> module(String id) {
            return modules().stream().filter(m -> m.id.equals(id)).findFirst();
        }
    });

    @AfterEach
    void close() {
        core.close();
    }

    private EventDTO visit(LocalDateTime at, EventStatus status) {
        EventInput input = new EventInput();
        input.type = "outreach.school-visit";
        input.title = "Vizită la liceul din Deta";
        input.startsAt = at;
        input.status = status;
        return events.create(input);
    }

    private long person(String name) {
        PersonInput input = new PersonInput();
        input.givenName = name;
        input.familyName = "Pop";
        return core.people.create(input).id;
    }

    @Test
    void onlyTypesOfPresentModulesCanBeCreated() {
        EventInput input = new EventInput();
        input.type = "counselling.group-meeting";
        input.title = "Întâlnire";
        input.startsAt = LocalDateTime.of(2024, 5, 1, 10, 0);
        assertThatThrownBy(() -> events.create(input)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations().get(0).field).isEqualTo("type"));

        EventDTO created = visit(LocalDateTime.of(2024, 5, 1, 10, 0), null);
        assertThat(created.moduleId).isEqualTo("outreach");
        assertThat(created.status).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void countsAndAttendanceAreComputedByTheDatabase() {
        EventDTO april = visit(LocalDateTime.of(2024, 4, 10, 9, 0), EventStatus.DONE);
        EventDTO may = visit(LocalDateTime.of(2024, 5, 20, 9, 0), EventStatus.DONE);
        visit(LocalDateTime.of(2024, 6, 1, 9, 0), EventStatus.CANCELLED);
        visit(LocalDateTime.of(2025, 1, 1, 9, 0), EventStatus.DONE);
        long ana = person("Ana");
        long ion = person("Ion");
        put(april.id, ana, Attendance.PRESENT);
        put(april.id, ion, Attendance.ABSENT);
        put(may.id, ana, Attendance.PRESENT);
        put(may.id, ion, Attendance.UNKNOWN);

        EventQuery done2024 = EventQuery.of("outreach.school-visit", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                EventStatus.DONE);
        assertThat(events.count(done2024)).isEqualTo(2);
        AttendanceSummary summary = events.attendance(done2024);
        assertThat(summary).isEqualTo(new AttendanceSummary(4, 2, 3, 2));
        assertThat(summary.attendanceRatePercent()).isEqualByComparingTo("66.7");

        // the last day of a period counts whole
        assertThat(events.count(EventQuery.of("outreach.school-visit", LocalDate.of(2024, 5, 20),
                LocalDate.of(2024, 5, 20)))).isEqualTo(1);
        // a search lists by the word matched, then in the order the events were created
        assertThat(events.search(new EventQuery(null, Set.of(), Set.of(EventStatus.DONE), null, null, null, "deta"),
                PageRequest.of(0, 10)).items).extracting(e -> e.participantCount).containsExactly(2L, 2L, 0L);
    }

    @Test
    void participantsAreUniquePerEventAndSurviveAsAnonymousCounts() {
        EventDTO event = visit(LocalDateTime.of(2024, 4, 10, 9, 0), EventStatus.DONE);
        long ana = person("Ana");
        long registered = put(event.id, ana, Attendance.UNKNOWN);
        ParticipantInput again = new ParticipantInput();
        again.personId = ana;
        assertThatThrownBy(() -> events.putParticipant(event.id, again))
                .isInstanceOf(InvalidInputException.class);
        again.version = registered;
        again.attendance = Attendance.PRESENT;
        again.note = "A pus multe întrebări despre admitere.";
        events.putParticipant(event.id, again);

        assertThat(events.participants(event.id)).singleElement()
                .satisfies(p -> assertThat(p.attendance).isEqualTo(Attendance.PRESENT));
        assertThat(events.exportParticipations(ana)).singleElement()
                .satisfies(r -> assertThat(r.data).containsEntry("note", "A pus multe întrebări despre admitere."));

        // someone who took part is not deleted (their data is erased instead); someone unused is
        assertThatThrownBy(() -> core.people.delete(ana)).isInstanceOf(org.poliin.api.errors.ConflictException.class);
        long mistake = person("Greșeală");
        core.people.delete(mistake);
        assertThat(core.people.find(mistake)).isEmpty();

        core.jpa.tx(em -> assertThat(events.eraseParticipations(ana)).isEqualTo(1));
        assertThat(events.participants(event.id).get(0).note).isNull();
        assertThat(events.attendance(EventQuery.all()).present()).isEqualTo(1);
    }

    @Test
    void anEventCannotEndBeforeItStarts() {
        EventInput input = new EventInput();
        input.type = "outreach.school-visit";
        input.title = "Vizită";
        input.startsAt = LocalDateTime.of(2024, 5, 1, 10, 0);
        input.endsAt = LocalDateTime.of(2024, 5, 1, 9, 0);
        assertThatThrownBy(() -> events.create(input)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations().get(0).field).isEqualTo("endsAt"));
    }

    /** Registers a person; returns the registration's version. */
    private long put(long eventId, long personId, Attendance attendance) {
        ParticipantInput input = new ParticipantInput();
        input.personId = personId;
        input.attendance = attendance;
        return events.putParticipant(eventId, input).version;
    }
}
