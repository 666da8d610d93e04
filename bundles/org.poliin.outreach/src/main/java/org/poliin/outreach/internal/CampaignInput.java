package org.poliin.outreach.internal;

import java.time.LocalDate;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.PositiveOrZero;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** A new campaign, or the new state of one (then with the version read). */
public class CampaignInput extends DTO {

    @NotBlank
    @Size(max = 120)
    public String name;

    @Size(max = 2000)
    public String description;

    @NotNull
    public LocalDate startsOn;

    public LocalDate endsOn;

    /** The admission session whose results measure the campaign, for example {@code 2025}. */
    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "[0-9A-Za-z-]+")
    public String admissionSession;

    /** For an update: the version read. */
    @PositiveOrZero
    public Long version;
}
