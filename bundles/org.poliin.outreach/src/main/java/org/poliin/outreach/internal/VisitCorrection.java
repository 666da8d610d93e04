package org.poliin.outreach.internal;

import javax.validation.Valid;
import javax.validation.constraints.Max;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.PositiveOrZero;

import org.osgi.dto.DTO;

/**
 * A correction of a done visit's counts. The materials handed out are not corrected here: they moved
 * the stock, which is corrected with a stock change.
 */
public class VisitCorrection extends DTO {

    @NotNull
    @Valid
    public PupilCounts pupils;

    @NotNull
    @PositiveOrZero
    @Max(1000)
    public Integer teachersMet;

    @NotNull
    public Boolean standUsed;

    /** The version of the visit read. */
    @NotNull
    @PositiveOrZero
    public Long version;
}
