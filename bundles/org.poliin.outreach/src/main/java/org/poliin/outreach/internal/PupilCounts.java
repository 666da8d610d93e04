package org.poliin.outreach.internal;

import javax.validation.constraints.Max;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.PositiveOrZero;

import org.osgi.dto.DTO;

/** Pupils informed at a visit, per grade (IX to XII): counted, never named. */
public class PupilCounts extends DTO {

    @NotNull
    @PositiveOrZero
    @Max(5000)
    public Integer ix;

    @NotNull
    @PositiveOrZero
    @Max(5000)
    public Integer x;

    @NotNull
    @PositiveOrZero
    @Max(5000)
    public Integer xi;

    @NotNull
    @PositiveOrZero
    @Max(5000)
    public Integer xii;

    /** The sum of the four grades (read only; ignored in input). */
    public Integer total;

    public static PupilCounts of(int ix, int x, int xi, int xii) {
        PupilCounts counts = new PupilCounts();
        counts.ix = ix;
        counts.x = x;
        counts.xi = xi;
        counts.xii = xii;
        counts.total = ix + x + xi + xii;
        return counts;
    }
}
