package org.poliin.counselling.internal;

import java.util.Set;

import javax.validation.constraints.NotNull;
import javax.validation.constraints.PositiveOrZero;

import org.osgi.dto.DTO;

/** The student's vulnerability categories (replaces the current set); needs a valid consent. */
public class CategoriesInput extends DTO {
    @NotNull
    public Set<@NotNull VulnerabilityCategory> categories;
    @NotNull
    @PositiveOrZero
    public Long version;
}
