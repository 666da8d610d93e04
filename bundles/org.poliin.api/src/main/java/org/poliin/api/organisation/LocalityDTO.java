package org.poliin.api.organisation;

import org.osgi.dto.DTO;

/** A locality, identified by its official code (SIRUTA in Romania). */
public class LocalityDTO extends DTO {

    public long id;
    /** The official code, unique. */
    public String code;
    public String name;
    /** The county (județ) the locality belongs to, by name, for example "Timiș". */
    public String county;
    /** The number of inhabitants, from the latest census; null when unknown. */
    public Integer population;
    public LocalityType type;
    public long version;
}
