package org.poliin.api.organisation;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.PositiveOrZero;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** The fields of a locality that a client sets. */
public class LocalityInput extends DTO {

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "[0-9A-Za-z-]+")
    public String code;

    @NotBlank
    @Size(max = 120)
    public String name;

    @NotBlank
    @Size(max = 60)
    public String county;

    @PositiveOrZero
    public Integer population;

    @NotNull
    public LocalityType type;

    /** For an update: the version read. */
    @PositiveOrZero
    public Long version;
}
