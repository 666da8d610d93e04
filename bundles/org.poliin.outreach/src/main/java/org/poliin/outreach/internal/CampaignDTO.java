package org.poliin.outreach.internal;

import java.time.LocalDate;

import org.osgi.dto.DTO;

/** A visiting campaign. */
public class CampaignDTO extends DTO {
    public long id;
    public String name;
    public String description;
    public LocalDate startsOn;
    public LocalDate endsOn;
    public String admissionSession;
    public long version;
}
