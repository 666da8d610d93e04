package org.poliin.api.organisation;

import javax.validation.constraints.Email;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.PositiveOrZero;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** The fields of an organisation that a client sets. */
public class OrganisationInput extends DTO {

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[0-9A-Za-z._-]+")
    public String code;

    @NotBlank
    @Size(max = 200)
    public String name;

    @NotNull
    public OrganisationType type;

    @NotNull
    public Long localityId;

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

    /** For an update: the version read. */
    @PositiveOrZero
    public Long version;
}
