package org.poliin.api.organisation;

import org.osgi.dto.DTO;

/** An organisation: a high school, a partner, a cultural venue. */
public class OrganisationDTO extends DTO {

    public long id;
    /** A code unique among organisations, such as the school's national (SIIIR) code. */
    public String code;
    public String name;
    public OrganisationType type;
    public long localityId;
    /** The locality, for convenience: its name, county, population and type. */
    public LocalityDTO locality;
    public String address;
    /** The organisation's own contact address (never a person's). */
    public String email;
    public String phone;
    public String website;
    public long version;
}
