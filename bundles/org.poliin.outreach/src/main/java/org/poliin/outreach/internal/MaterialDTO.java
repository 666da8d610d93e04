package org.poliin.outreach.internal;

import org.osgi.dto.DTO;

/** A promotional material and its stock. */
public class MaterialDTO extends DTO {
    public long id;
    public String name;
    public String description;
    public int stock;
    public long version;
}
