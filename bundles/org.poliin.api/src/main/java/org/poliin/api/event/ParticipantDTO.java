package org.poliin.api.event;

import org.osgi.dto.DTO;

/** A person registered at an event. */
public class ParticipantDTO extends DTO {

    public long eventId;
    public long personId;
    /** The person's role at the event, such as {@code participant}, {@code facilitator}, {@code teacher}. */
    public String role;
    public Attendance attendance;
    /** A short note, for example a reflection shared at a group meeting. */
    public String note;
    public long version;
}
