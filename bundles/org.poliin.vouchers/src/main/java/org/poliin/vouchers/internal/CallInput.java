package org.poliin.vouchers.internal;

import java.time.LocalDate;
import java.util.List;

import javax.validation.Valid;
import javax.validation.constraints.Max;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotEmpty;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.PositiveOrZero;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** A new call for applications. */
public class CallInput extends DTO {
    @NotNull
    public Long fundId;
    @NotBlank
    @Size(max = 200)
    public String title;
    @NotNull
    public LocalDate opensOn;
    @NotNull
    public LocalDate closesOn;
    /** How many criteria an applicant must meet at least (1 when left out). */
    @PositiveOrZero
    @Max(50)
    public Integer minCriteria;
    @NotEmpty
    @Size(max = 50)
    public List<@Valid @NotNull CriterionInput> criteria;
}
