package org.poliin.core.internal.event;

import java.time.Instant;
import java.time.LocalDateTime;

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

import org.poliin.api.event.EventDTO;
import org.poliin.api.event.EventStatus;

@Entity
@Table(name = "CORE_EVENT")
public class EventEntity {

    @Id
    @SequenceGenerator(name = "CORE_EVENT_SEQ", sequenceName = "CORE_EVENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CORE_EVENT_SEQ")
    @Column(name = "ID")
    long id;

    @Column(name = "EVENT_TYPE", nullable = false, length = 80)
    String type;

    @Column(name = "MODULE_ID", nullable = false, length = 40)
    String moduleId;

    @Column(name = "TITLE", nullable = false, length = 200)
    String title;

    @Column(name = "DESCRIPTION", length = 4000)
    String description;

    @Column(name = "STARTS_AT", nullable = false)
    LocalDateTime startsAt;

    @Column(name = "ENDS_AT")
    LocalDateTime endsAt;

    @Column(name = "PLACE", length = 200)
    String place;

    @Column(name = "LOCALITY_ID")
    Long localityId;

    @Column(name = "ORGANISATION_ID")
    Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    EventStatus status;

    @Column(name = "SEARCH_TEXT", nullable = false, length = 500)
    String searchText;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;

    @Version
    @Column(name = "VERSION")
    long version;

    EventDTO toDTO(long participantCount) {
        EventDTO dto = new EventDTO();
        dto.id = id;
        dto.type = type;
        dto.moduleId = moduleId;
        dto.title = title;
        dto.description = description;
        dto.startsAt = startsAt;
        dto.endsAt = endsAt;
        dto.place = place;
        dto.localityId = localityId;
        dto.organisationId = organisationId;
        dto.status = status;
        dto.participantCount = participantCount;
        dto.version = version;
        dto.createdAt = createdAt;
        dto.updatedAt = updatedAt;
        return dto;
    }
}
