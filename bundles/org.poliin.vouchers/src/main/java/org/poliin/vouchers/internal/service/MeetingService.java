package org.poliin.vouchers.internal.service;

import java.time.LocalDate;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.errors.RecordNotFoundException;
import org.poliin.api.event.EventDTO;
import org.poliin.api.event.EventInput;
import org.poliin.api.event.EventQuery;
import org.poliin.api.event.EventService;
import org.poliin.api.event.ParticipantDTO;
import org.poliin.api.event.ParticipantInput;
import org.poliin.api.people.PersonService;
import org.poliin.vouchers.internal.AttendanceInput;
import org.poliin.vouchers.internal.MeetingInput;
import org.poliin.vouchers.internal.ReflectionDTO;
import org.poliin.vouchers.internal.ReflectionInput;
import org.poliin.vouchers.internal.VouchersModule;
import org.poliin.vouchers.internal.persistence.ReflectionStore;

/** The beneficiary group's meetings: core events of type vouchers.group-meeting, plus reflections. */
@Component(service = MeetingService.class)
public final class MeetingService {

    static final LocalizedText KIND = LocalizedText.of("întâlnire a grupului de beneficiari", "beneficiary group meeting");

    private final EventService events;
    private final PersonService people;
    private final ReflectionStore reflections;

    @Activate
    public MeetingService(@Reference EventService events, @Reference PersonService people,
            @Reference ReflectionStore reflections) {
        this.events = events;
        this.people = people;
        this.reflections = reflections;
    }

    public EventDTO create(MeetingInput input) {
        EventInput event = new EventInput();
        event.type = VouchersModule.GROUP_MEETING;
        event.title = input.title;
        event.description = input.description;
        event.startsAt = input.startsAt;
        event.endsAt = input.endsAt;
        event.place = input.place;
        event.status = input.status;
        return events.create(event);
    }

    public Page<EventDTO> list(LocalDate from, LocalDate to, PageRequest page) {
        return events.search(new EventQuery(null, Set.of(VouchersModule.GROUP_MEETING), null, from, to, null, null), page);
    }

    /** The meeting with this id; 404 when there is none or it is not a group meeting. */
    public EventDTO meeting(long id) {
        EventDTO event = events.find(id).orElseThrow(() -> RecordNotFoundException.of(KIND, id));
        if (!VouchersModule.GROUP_MEETING.equals(event.type)) {
            throw RecordNotFoundException.of(KIND, id);
        }
        return event;
    }

    /** Records (or changes) whether a beneficiary came; the same call twice changes nothing. */
    public ParticipantDTO attendance(long meetingId, AttendanceInput input) {
        meeting(meetingId);
        ParticipantInput participant = new ParticipantInput();
        participant.personId = input.personId;
        participant.role = "beneficiary";
        participant.attendance = input.attendance;
        events.participants(meetingId).stream().filter(p -> p.personId == input.personId).findFirst()
                .ifPresent(existing -> participant.version = existing.version);
        return events.putParticipant(meetingId, participant);
    }

    public ReflectionDTO reflect(long meetingId, ReflectionInput input) {
        meeting(meetingId);
        if (input.personId != null && people.find(input.personId).isEmpty()) {
            throw InvalidInputException.of("personId", LocalizedText.of(
                    "nu există o persoană cu identificatorul " + input.personId, "there is no person with id " + input.personId));
        }
        return reflections.add(meetingId, input.personId, input.text);
    }

    public java.util.List<ReflectionDTO> reflections(long meetingId) {
        meeting(meetingId);
        return reflections.of(meetingId);
    }
}
