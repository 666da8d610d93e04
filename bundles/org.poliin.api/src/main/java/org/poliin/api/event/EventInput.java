package org.poliin.api.event;

import java.time.LocalDateTime;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.PositiveOrZero;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** The fields of an event that a client sets. */
public class EventInput extends DTO {

    @NotBlank
    @Pattern(regexp = "[a-z][a-z0-9-]*\\.[a-z0-9.-]+")
    @Size(max = 80)
    public String type;

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

    public Long localityId;

    public Long organisationId;

    /** Defaults to {@link EventStatus#PLANNED}. */
    public EventStatus status;

    /** For an update: the version read. */
    @PositiveOrZero
    public Long version;
}
