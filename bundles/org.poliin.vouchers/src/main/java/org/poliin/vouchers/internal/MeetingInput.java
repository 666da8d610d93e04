package org.poliin.vouchers.internal;

import java.time.LocalDateTime;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;

import org.poliin.api.event.EventStatus;

import org.osgi.dto.DTO;

/** A meeting of the beneficiary group (a core event). */
public class MeetingInput extends DTO {
    @NotBlank
    @Size(max = 200)
    public String title;
    @Size(max = 4000)
    public String description;
    @NotNull
    public LocalDateTime startsAt;
    public LocalDateTime endsAt;
    @Size(max = 200)
    public String place;
    public EventStatus status;
}
