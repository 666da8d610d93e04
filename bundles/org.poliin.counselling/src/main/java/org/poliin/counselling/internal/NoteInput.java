package org.poliin.counselling.internal;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** A new confidential note. */
public class NoteInput extends DTO {
    @NotBlank
    @Size(max = 4000)
    public String text;
}
