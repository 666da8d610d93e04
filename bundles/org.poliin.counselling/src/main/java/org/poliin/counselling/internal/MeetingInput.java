package org.poliin.counselling.internal;

import java.time.LocalDateTime;
import java.util.List;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotEmpty;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;
import org.poliin.api.event.EventStatus;

/** A group meeting: topic, facilitators (counselling experts), when and where. */
public class MeetingInput extends DTO {
    @NotBlank
    @Size(max = 200)
    public String topic;
    @NotEmpty
    @Size(max = 10)
    public List<@NotBlank @Size(max = 90) String> facilitators;
    @NotNull
    public LocalDateTime startsAt;
    public LocalDateTime endsAt;
    @Size(max = 200)
    public String place;
    /** PLANNED when left out; DONE once held. */
    public EventStatus status;
    /** The version read, to change a meeting. */
    @javax.validation.constraints.PositiveOrZero
    public Long version;
}
