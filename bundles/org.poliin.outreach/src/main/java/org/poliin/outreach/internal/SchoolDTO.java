package org.poliin.outreach.internal;

import org.osgi.dto.DTO;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.organisation.LocalityType;

/** A high school (a core organisation) as outreach sees it: where it is and whether it is eligible. */
public class SchoolDTO extends DTO {
    public long id;
    public String code;
    public String name;
    public long localityId;
    public String localityName;
    public String county;
    public Integer population;
    public LocalityType localityType;
    public boolean eligible;
    /** Why the school is eligible or not. */
    public LocalizedText eligibility;
    /** Visits done there, over all campaigns. */
    public long visitsDone;
}
