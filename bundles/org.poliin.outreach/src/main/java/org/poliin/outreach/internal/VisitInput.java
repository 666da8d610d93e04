package org.poliin.outreach.internal;

import java.time.LocalDateTime;
import java.util.List;

import javax.validation.constraints.NotNull;
import javax.validation.constraints.Positive;
import javax.validation.constraints.PositiveOrZero;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** A planned visit, or its new plan (then with the version read). */
public class VisitInput extends DTO {

    @NotNull
    public Long campaignId;

    /** The high school visited: a core organisation of type HIGH_SCHOOL, eligible for outreach. */
    @NotNull
    public Long schoolId;

    @NotNull
    public LocalDateTime startsAt;

    public LocalDateTime endsAt;

    /** The university's team: core persons, registered as the event's participants with the role {@code team-member}. */
    @Size(max = 20)
    public List<@NotNull @Positive Long> teamPersonIds;

    @Size(max = 4000)
    public String notes;

    /** For an update: the version read. */
    @PositiveOrZero
    public Long version;
}
