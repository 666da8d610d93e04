package org.poliin.vouchers.internal;

import javax.validation.constraints.Max;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.PositiveOrZero;

import org.osgi.dto.DTO;

/** The evaluator's points for an application, added to the points of its criteria. */
public class AssessmentInput extends DTO {
    @NotNull
    @PositiveOrZero
    @Max(1000)
    public Integer points;
}
