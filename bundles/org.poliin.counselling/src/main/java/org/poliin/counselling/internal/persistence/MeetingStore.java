package org.poliin.counselling.internal.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.errors.RecordNotFoundException;
import org.poliin.api.event.Attendance;
import org.poliin.api.event.EventDTO;
import org.poliin.api.event.EventInput;
import org.poliin.api.event.EventQuery;
import org.poliin.api.event.EventService;
import org.poliin.api.event.EventStatus;
import org.poliin.api.event.ParticipantDTO;
import org.poliin.api.event.ParticipantInput;
import org.poliin.api.persistence.MigratedSchema;
import org.poliin.counselling.internal.AttendanceDTO;
import org.poliin.counselling.internal.CounsellingModule;
import org.poliin.counselling.internal.MeetingDTO;
import org.poliin.counselling.internal.MeetingInput;

/**
 * Facilitated group meetings: core events of type {@value CounsellingModule#GROUP_MEETING} (whose
 * participants only counsellors see) plus their facilitators; the attendance of supported students is
 * written to the core event and copied here for the alert rules.
 */
@Component(service = MeetingStore.class)
public final class MeetingStore {

    static final LocalizedText KIND = LocalizedText.of("întâlnire de grup", "group meeting");
    static final String PARTICIPANT_ROLE = "student";

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final EventService events;
    private final AlertStore alerts;

    @Activate
    public MeetingStore(@Reference(target = "(osgi.unit.name=poliin-counselling)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=counselling)") MigratedSchema schema, @Reference AuditLog audit,
            @Reference EventService events, @Reference AlertStore alerts) {
        this.jpa = jpa;
        this.audit = audit;
        this.events = events;
        this.alerts = alerts;
    }

    public MeetingDTO create(MeetingInput input) {
        return jpa.txExpr(TransactionType.Required, em -> {
            EventDTO event = events.create(eventInput(input, null));
            MeetingEntity meeting = new MeetingEntity();
            meeting.eventId = event.id;
            meeting.facilitators = String.join("; ", input.facilitators.stream().map(String::trim).toList());
            em.persist(meeting);
            em.flush();
            audit.record(AuditRecord.of(CounsellingModule.ID, "counselling.meeting.create", "event", event.id));
            return toDTO(event, meeting);
        });
    }

    public MeetingDTO update(long id, MeetingInput input) {
        return jpa.txExpr(TransactionType.Required, em -> {
            MeetingEntity meeting = meeting(em, id);
            EventDTO event = events.update(id, eventInput(input, input.version));
            meeting.facilitators = String.join("; ", input.facilitators.stream().map(String::trim).toList());
            em.flush();
            audit.record(AuditRecord.of(CounsellingModule.ID, "counselling.meeting.update", "event", id));
            return toDTO(event, meeting);
        });
    }

    public MeetingDTO get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toDTO(events.get(meeting(em, id).eventId), meeting(em, id)));
    }

    public Page<MeetingDTO> list(LocalDate from, LocalDate to, PageRequest page) {
        Page<EventDTO> found = events.search(new EventQuery(CounsellingModule.ID, Set.of(CounsellingModule.GROUP_MEETING),
                null, from, to, null, null), page);
        return jpa.txExpr(TransactionType.Supports, em -> found.map(event -> {
            MeetingEntity meeting = em.find(MeetingEntity.class, event.id);
            return toDTO(event, meeting);
        }));
    }

    /** Records a supported student's attendance on the core event and here; then evaluates the alert rules. */
    public AttendanceDTO record(long meetingId, long studentId, Attendance attendance, LocalDate today) {
        return jpa.txExpr(TransactionType.Required, em -> {
            meeting(em, meetingId);
            EventDTO event = events.get(meetingId);
            StudentEntity student = StudentStore.live(em, studentId);
            ParticipantInput participant = new ParticipantInput();
            participant.personId = student.personId;
            participant.role = PARTICIPANT_ROLE;
            participant.attendance = attendance;
            participant.version = events.participants(meetingId).stream()
                    .filter(p -> p.personId == student.personId).map((ParticipantDTO p) -> p.version).findFirst()
                    .orElse(null);
            events.putParticipant(meetingId, participant);
            AttendanceEntity row = em.createQuery(
                    "SELECT a FROM AttendanceEntity a WHERE a.eventId = :event AND a.studentId = :student",
                    AttendanceEntity.class).setParameter("event", meetingId).setParameter("student", studentId)
                    .getResultList().stream().findFirst().orElse(null);
            if (row == null) {
                row = new AttendanceEntity();
                row.eventId = meetingId;
                row.studentId = studentId;
                row.meetingOn = event.startsAt.toLocalDate();
                row.attendance = attendance.name();
                em.persist(row);
            } else {
                row.meetingOn = event.startsAt.toLocalDate();
                row.attendance = attendance.name();
            }
            em.flush();
            audit.record(AuditRecord.of(CounsellingModule.ID, "counselling.attendance.record", "counselling-attendance",
                    row.id).withDetail(attendance.name()));
            alerts.evaluate(studentId, today);
            return toDTO(row);
        });
    }

    /**
     * Who came to one meeting. A plain list, not a page: a group meeting has a group's students (tens at
     * most); the unique index {@code UQ_COUNSELLING_ATTENDANCE} (meeting, student) reads them in order.
     * One audit entry per attendance record read.
     */
    public List<AttendanceDTO> attendance(long meetingId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            meeting(em, meetingId);
            List<AttendanceDTO> rows = new ArrayList<>();
            for (AttendanceEntity row : em.createQuery(
                    "SELECT a FROM AttendanceEntity a WHERE a.eventId = :event ORDER BY a.studentId", AttendanceEntity.class)
                    .setParameter("event", meetingId).getResultList()) {
                audit.record(AuditRecord.of(CounsellingModule.ID, "counselling.attendance.read", "counselling-attendance",
                        row.id));
                rows.add(toDTO(row));
            }
            return rows;
        });
    }

    /** Whether the meeting already exists (demo data). */
    public boolean exists(long eventId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.find(MeetingEntity.class, eventId) != null);
    }

    private static MeetingEntity meeting(javax.persistence.EntityManager em, long id) {
        MeetingEntity meeting = em.find(MeetingEntity.class, id);
        if (meeting == null) {
            throw RecordNotFoundException.of(KIND, id);
        }
        return meeting;
    }

    private static EventInput eventInput(MeetingInput input, Long version) {
        EventInput event = new EventInput();
        event.type = CounsellingModule.GROUP_MEETING;
        event.title = input.topic.trim();
        event.startsAt = input.startsAt;
        event.endsAt = input.endsAt;
        event.place = input.place;
        event.status = input.status == null ? EventStatus.PLANNED : input.status;
        event.version = version;
        return event;
    }

    private static MeetingDTO toDTO(EventDTO event, MeetingEntity meeting) {
        MeetingDTO dto = new MeetingDTO();
        dto.id = event.id;
        dto.topic = event.title;
        dto.startsAt = event.startsAt;
        dto.endsAt = event.endsAt;
        dto.place = event.place;
        dto.status = event.status;
        dto.facilitators = meeting == null ? List.of() : Arrays.asList(meeting.facilitators.split("; "));
        dto.version = event.version;
        return dto;
    }

    private static AttendanceDTO toDTO(AttendanceEntity row) {
        AttendanceDTO dto = new AttendanceDTO();
        dto.meetingId = row.eventId;
        dto.studentId = row.studentId;
        dto.meetingOn = row.meetingOn;
        dto.attendance = Attendance.valueOf(row.attendance);
        return dto;
    }
}
