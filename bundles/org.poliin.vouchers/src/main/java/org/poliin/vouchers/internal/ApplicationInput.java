package org.poliin.vouchers.internal;

import java.time.LocalDate;
import java.util.List;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** An application to a call. */
public class ApplicationInput extends DTO {
    @NotNull
    public Long callId;
    @NotNull
    public Long personId;
    /** The codes of the call's criteria the applicant meets (sensitive). */
    @NotNull
    @Size(max = 50)
    public List<@NotBlank String> criteria;
    /** Where the evidence is (a registry number, a file reference); not the evidence itself. */
    @Size(max = 200)
    public String evidenceRef;
    /** THEATRE, MUSEUM, PHILHARMONIC, CINEMA, BOOKS, OTHER; the first of the fund's categories when left out. */
    public String preferredCategory;
    /** The day the application was received (today when left out); inside the call's dates. */
    public LocalDate submittedOn;
}
