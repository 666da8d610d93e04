package org.poliin.vouchers.internal;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** A rejection, a place on the waiting list or a declined award, with its reason. */
public class DecisionInput extends DTO {
    @NotBlank
    @Size(max = 1000)
    public String reason;
}
