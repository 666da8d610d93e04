package org.poliin.outreach.internal.service;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;

import org.poliin.outreach.internal.AdmissionOutcome;

/** One row of the admission results CSV: an application, counted; no name, no identifier. */
public final class AdmissionRow {

    /** The applicant's high school, a core organisation of type HIGH_SCHOOL. */
    @NotNull
    public Long schoolId;

    @NotBlank
    @Size(max = 200)
    public String programme;

    @NotNull
    public AdmissionOutcome status;
}
