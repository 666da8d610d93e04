package org.poliin.counselling.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.osgi.dto.DTO;
import org.poliin.api.event.EventStatus;

/** A facilitated group meeting: the core event and its facilitators; never who attended. */
public class MeetingDTO extends DTO {
    public long id;
    public String topic;
    public LocalDateTime startsAt;
    public LocalDateTime endsAt;
    public String place;
    public EventStatus status;
    public List<String> facilitators;
    public long version;
}
