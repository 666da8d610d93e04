package org.poliin.api.module;

import java.util.List;

import org.osgi.dto.DTO;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.event.EventTypeDTO;

/** A module present in the running platform, as the platform sees it. */
public class ModuleDTO extends DTO {

    public String id;
    public LocalizedText name;
    public LocalizedText description;
    /** The version of the bundle that registered the module. */
    public String version;
    /** The symbolic name of the bundle that registered the module. */
    public String bundle;
    public List<EventTypeDTO> eventTypes;
    /** The keys of the indicators the module contributes to the funder report. */
    public List<String> indicators;
    /** Whether the module has declared its personal data through the privacy contract. */
    public boolean privacyDeclared;
}
