package org.poliin.vouchers.internal;


import org.osgi.dto.DTO;

/** A partner venue. */
public class VenueDTO extends DTO {
    public long id;
    public long fundId;
    public String name;
    public Category category;
    public Long organisationId;
}
