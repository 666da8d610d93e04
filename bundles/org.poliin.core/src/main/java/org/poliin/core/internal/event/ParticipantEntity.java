package org.poliin.core.internal.event;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.poliin.api.event.Attendance;
import org.poliin.api.event.ParticipantDTO;

/** A person registered at an event; one per person and event. */
@Entity
@Table(name = "CORE_EVENT_PARTICIPANT")
public class ParticipantEntity {

    @Id
    @SequenceGenerator(name = "CORE_EVENT_PARTICIPANT_SEQ", sequenceName = "CORE_EVENT_PARTICIPANT_SEQ",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CORE_EVENT_PARTICIPANT_SEQ")
    @Column(name = "ID")
    long id;

    @Column(name = "EVENT_ID", nullable = false, updatable = false)
    long eventId;

    @Column(name = "PERSON_ID", nullable = false, updatable = false)
    long personId;

    @Column(name = "PARTICIPANT_ROLE", nullable = false, length = 40)
    String role;

    @Enumerated(EnumType.STRING)
    @Column(name = "ATTENDANCE", nullable = false, length = 10)
    Attendance attendance;

    @Column(name = "NOTE", length = 2000)
    String note;

    @Version
    @Column(name = "VERSION")
    long version;

    ParticipantDTO toDTO() {
        ParticipantDTO dto = new ParticipantDTO();
        dto.eventId = eventId;
        dto.personId = personId;
        dto.role = role;
        dto.attendance = attendance;
        dto.note = note;
        dto.version = version;
        return dto;
    }
}
