package org.poliin.api.event;

import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.PositiveOrZero;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** Registers a person at an event, or changes their role, attendance or note. */
public class ParticipantInput extends DTO {

    @NotNull
    public Long personId;

    /** Defaults to {@code participant}. */
    @Size(max = 40)
    @Pattern(regexp = "[a-z][a-z0-9-]*")
    public String role;

    /** Defaults to {@link Attendance#UNKNOWN}. */
    public Attendance attendance;

    @Size(max = 2000)
    public String note;

    /** Required to change an existing registration: the version read (409 when stale). */
    @PositiveOrZero
    public Long version;
}
