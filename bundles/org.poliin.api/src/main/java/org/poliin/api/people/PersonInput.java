package org.poliin.api.people;

import java.time.LocalDate;

import javax.validation.constraints.Email;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Past;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.PositiveOrZero;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** The fields of a person that a client sets, to create or update one. */
public class PersonInput extends DTO {

    @NotBlank
    @Size(max = 100)
    public String givenName;

    @NotBlank
    @Size(max = 100)
    public String familyName;

    @Email
    @Size(max = 254)
    public String email;

    @Size(max = 30)
    @Pattern(regexp = "[+0-9 ()./-]*")
    public String phone;

    @Past
    public LocalDate birthDate;

    public Long localityId;

    @Size(max = 64)
    public String externalId;

    /** For an update: the version read; a mismatch is answered with 409. Ignored on create. */
    @PositiveOrZero
    public Long version;
}
