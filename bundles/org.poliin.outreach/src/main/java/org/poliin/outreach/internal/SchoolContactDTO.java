package org.poliin.outreach.internal;

import org.osgi.dto.DTO;

/** A school's contact person (personal data: names and addresses are in the core person record). */
public class SchoolContactDTO extends DTO {
    public long id;
    public long schoolId;
    public long personId;
    public String position;
    public long version;
}
