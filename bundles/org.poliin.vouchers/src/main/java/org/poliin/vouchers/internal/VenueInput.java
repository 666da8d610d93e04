package org.poliin.vouchers.internal;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** A partner venue of a fund. */
public class VenueInput extends DTO {
    @NotBlank
    @Size(max = 200)
    public String name;
    @NotBlank
    public String category;
    /** The core organisation (the theatre, the museum), if it is recorded there. */
    public Long organisationId;
}
