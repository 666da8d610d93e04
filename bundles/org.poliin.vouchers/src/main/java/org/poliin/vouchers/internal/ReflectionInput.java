package org.poliin.vouchers.internal;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** A short reflection after a meeting (on a play, an exhibition, a book). */
public class ReflectionInput extends DTO {
    /** Who wrote it; may be left out for an anonymous reflection. */
    public Long personId;
    @NotBlank
    @Size(max = 2000)
    public String text;
}
