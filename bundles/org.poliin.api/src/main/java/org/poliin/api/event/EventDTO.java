package org.poliin.api.event;

import java.time.Instant;
import java.time.LocalDateTime;

import org.osgi.dto.DTO;

/** An event: a school visit, a counselling meeting, a workshop, a conference. */
public class EventDTO extends DTO {

    public long id;
    /** The event type key, {@code <module-id>.<name>}. */
    public String type;
    /** The module that owns the type. */
    public String moduleId;
    public String title;
    public String description;
    /** Local date and time (Europe/Bucharest) the event starts. */
    public LocalDateTime startsAt;
    public LocalDateTime endsAt;
    public String place;
    public Long localityId;
    /** The organisation that hosts the event or is visited, if any. */
    public Long organisationId;
    public EventStatus status;
    /** Participants registered by name. */
    public long participantCount;
    public long version;
    public Instant createdAt;
    public Instant updatedAt;
}
