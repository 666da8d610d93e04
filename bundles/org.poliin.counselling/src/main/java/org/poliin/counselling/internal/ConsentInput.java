package org.poliin.counselling.internal;

import java.time.LocalDate;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.PastOrPresent;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** An explicit consent the student gave: when, for what, and which version of the consent text they signed. */
public class ConsentInput extends DTO {
    @NotNull
    public ConsentScope scope;
    @NotBlank
    @Size(max = 40)
    public String textVersion;
    @NotNull
    @PastOrPresent
    public LocalDate givenOn;
}
