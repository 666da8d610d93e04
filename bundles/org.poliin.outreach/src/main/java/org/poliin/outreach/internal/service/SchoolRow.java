package org.poliin.outreach.internal.service;

import javax.validation.constraints.Email;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.PositiveOrZero;
import javax.validation.constraints.Size;

import org.poliin.api.organisation.LocalityType;

/**
 * One row of the schools CSV. The fields are the columns in camel case ({@code locality_code} is
 * {@link #localityCode}), so that a violation names its column; the constraints are the core's
 * (organisation and locality inputs), checked before anything is written.
 */
public final class SchoolRow {

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[0-9A-Za-z._-]+")
    public String code;

    @NotBlank
    @Size(max = 200)
    public String name;

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "[0-9A-Za-z-]+")
    public String localityCode;

    /** With county and locality type: creates the locality when no locality has its code. */
    @Size(max = 120)
    public String localityName;

    @Size(max = 60)
    public String county;

    @PositiveOrZero
    public Integer population;

    public LocalityType localityType;

    @Size(max = 300)
    public String address;

    @Email
    @Size(max = 254)
    public String email;

    @Size(max = 30)
    @Pattern(regexp = "[+0-9 ()./-]*")
    public String phone;

    @Size(max = 300)
    @Pattern(regexp = "(https?://\\S+)?")
    public String website;
}
