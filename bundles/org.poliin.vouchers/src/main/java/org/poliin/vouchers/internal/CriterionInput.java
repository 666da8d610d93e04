package org.poliin.vouchers.internal;

import javax.validation.constraints.Max;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.PositiveOrZero;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** An eligibility criterion of a call. */
public class CriterionInput extends DTO {
    /** A short code, e.g. social-scholarship, rural, orphan, disability. */
    @NotBlank
    @Pattern(regexp = "[a-z][a-z0-9-]{0,39}")
    public String code;
    @NotBlank
    @Size(max = 200)
    public String labelRo;
    @NotBlank
    @Size(max = 200)
    public String labelEn;
    /** Points added to the score of an applicant who meets it. */
    @PositiveOrZero
    @Max(1000)
    public Integer points;
    /** Every applicant must meet it. */
    @NotNull
    public Boolean mandatory = Boolean.FALSE;
}
