package org.poliin.api.event;

import java.util.Set;

import org.osgi.dto.DTO;
import org.poliin.api.common.LocalizedText;

/**
 * A type of event that a module owns, such as {@code outreach.school-visit}.
 *
 * <p>Some events reveal something sensitive about their participants (who attends a counselling
 * meeting, for instance): the owning module says which roles may see the participants, and whether
 * every read of them is written to the audit log.
 */
public class EventTypeDTO extends DTO {

    /** The type key, prefixed with the module id and a dot: {@code <module-id>.<name>}. */
    public String key;
    /** The id of the module that owns the type; set by the platform. */
    public String moduleId;
    public LocalizedText name;
    /** Roles that may see who the participants are; empty means every role but {@code viewer}. */
    public Set<String> participantReaders = Set.of();
    /** Whether each read of the participants is audited. */
    public boolean auditParticipantReads;

    public static EventTypeDTO of(String key, LocalizedText name) {
        EventTypeDTO type = new EventTypeDTO();
        type.key = key;
        type.name = name;
        return type;
    }

    /** A type whose participants only {@code roles} may see, each read audited. */
    public static EventTypeDTO restricted(String key, LocalizedText name, Set<String> roles) {
        EventTypeDTO type = of(key, name);
        type.participantReaders = Set.copyOf(roles);
        type.auditParticipantReads = true;
        return type;
    }
}
