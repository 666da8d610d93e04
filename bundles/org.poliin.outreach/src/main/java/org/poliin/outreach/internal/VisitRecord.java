package org.poliin.outreach.internal;

import java.util.List;

import javax.validation.Valid;
import javax.validation.constraints.Max;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Positive;
import javax.validation.constraints.PositiveOrZero;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** What happened at a visit: the record that makes a planned visit done. */
public class VisitRecord extends DTO {

    @NotNull
    @Valid
    public PupilCounts pupils;

    /** Teachers met, counted; at least as many as {@link #teacherPersonIds}. */
    @NotNull
    @PositiveOrZero
    @Max(1000)
    public Integer teachersMet;

    /** Teachers met who agreed to be recorded by name: core persons, registered with the role {@code teacher}. */
    @Size(max = 100)
    public List<@NotNull @Positive Long> teacherPersonIds;

    /** Materials handed out; each lowers the material's stock, which never goes below zero. */
    @Size(max = 50)
    public List<@NotNull @Valid HandoutInput> materials;

    @NotNull
    public Boolean standUsed;

    /** The version of the visit read. */
    @NotNull
    @PositiveOrZero
    public Long version;
}
