package org.poliin.outreach.internal;

import javax.validation.constraints.Max;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.PositiveOrZero;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** A new material (with its initial stock), or its new name and description (then with the version read). */
public class MaterialInput extends DTO {

    @NotBlank
    @Size(max = 120)
    public String name;

    @Size(max = 1000)
    public String description;

    /** The initial stock of a new material; ignored on update (use the stock endpoint). */
    @PositiveOrZero
    @Max(10_000_000)
    public Integer stock;

    /** For an update: the version read. */
    @PositiveOrZero
    public Long version;
}
