package org.poliin.outreach.internal;

import org.osgi.dto.DTO;

/** A quantity of a material handed out at a visit. */
public class HandoutDTO extends DTO {
    public long materialId;
    public String materialName;
    public int quantity;
}
