package org.poliin.counselling.internal;

import java.time.LocalDate;
import java.util.List;

import javax.validation.constraints.Max;
import javax.validation.constraints.Min;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.PositiveOrZero;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/**
 * A new supported student, or the new state of one (then with {@code version}). Categories are not part
 * of it: they need a consent and have their own endpoint.
 */
public class StudentInput extends DTO {
    @NotNull
    public Long personId;
    @Size(max = 64)
    public String studentNumber;
    @NotBlank
    @Size(max = 100)
    public String faculty;
    @Size(max = 200)
    public String programme;
    @NotNull
    @Min(1)
    @Max(8)
    public Integer studyYear;
    @NotNull
    @Min(2000)
    @Max(2100)
    public Integer cohortYear;
    @NotNull
    public Referral referral;
    /** ACTIVE when left out on creation. */
    public StudentStatus status;
    /** The first day of support; today when left out. */
    public LocalDate supportedSince;
    /** When the support was closed (status CLOSED); today when left out. */
    public LocalDate closedOn;
    /** User names of the student's counsellors (role counsellor); the creating counsellor when left out. */
    @Size(max = 10)
    public List<@NotBlank @Size(max = 100) String> counsellors;
    @PositiveOrZero
    public Long version;
}
