package org.poliin.outreach.internal;

import javax.validation.constraints.NotNull;
import javax.validation.constraints.Positive;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** A school's contact person: a core person and the position they hold at the school. */
public class SchoolContactInput extends DTO {

    @NotNull
    @Positive
    public Long personId;

    /** For example "director" or "diriginte clasa a XII-a". */
    @Size(max = 120)
    public String position;
}
