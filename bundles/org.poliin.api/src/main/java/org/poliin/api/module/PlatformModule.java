package org.poliin.api.module;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.event.EventTypeDTO;

/**
 * A module of the platform. A module registers exactly one service of this type; the platform lists
 * the module in {@code GET /api/v1/modules} while the service is registered, and takes its version
 * from the registering bundle.
 *
 * <p>The module's other contributions (indicators, privacy, demo data, REST resources) name the same
 * {@link #id()}.
 */
@ConsumerType
public interface PlatformModule {

    /** Service property that repeats {@link #id()}, so that other services can select a module with a filter. */
    String MODULE_ID_PROPERTY = "poliin.module.id";

    /**
     * The module id: lower case letters, digits and dashes, starting with a letter ({@code outreach},
     * {@code vouchers}). It is the first segment of the module's REST paths ({@code /api/v1/<id>/...}),
     * the prefix of its indicator keys and event types, and it never changes once published.
     */
    String id();

    /** The module's name, as shown to the staff. */
    LocalizedText name();

    /** What the module does, in a sentence or two. */
    LocalizedText description();

    /** The event types the module owns; events of these types can be created while the module is present. */
    default List<EventTypeDTO> eventTypes() {
        return List.of();
    }
}
