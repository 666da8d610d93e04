package org.poliin.counselling.internal;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** How an alert was resolved. */
public class ResolutionInput extends DTO {
    @NotBlank
    @Size(max = 2000)
    public String note;
}
