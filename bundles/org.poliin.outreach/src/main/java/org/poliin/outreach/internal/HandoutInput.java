package org.poliin.outreach.internal;

import javax.validation.constraints.Max;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Positive;

import org.osgi.dto.DTO;

/** A quantity of a material handed out at a visit. */
public class HandoutInput extends DTO {

    @NotNull
    @Positive
    public Long materialId;

    @NotNull
    @Positive
    @Max(100_000)
    public Integer quantity;
}
