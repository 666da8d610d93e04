package org.poliin.api.event;

import java.time.LocalDate;
import java.util.Set;

/**
 * Criteria for events; null or empty criteria match everything. Used both to search and to count.
 *
 * @param moduleId the owning module
 * @param types event type keys
 * @param statuses statuses
 * @param from events starting on or after this day
 * @param to events starting on or before this day
 * @param organisationId the hosting or visited organisation
 * @param text words matched against title and place, ignoring case and diacritics
 */
public record EventQuery(String moduleId, Set<String> types, Set<EventStatus> statuses, LocalDate from,
        LocalDate to, Long organisationId, String text) {

    public EventQuery {
        types = types == null ? Set.of() : Set.copyOf(types);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null);
    }

    /** Events of one type in a period, with one of the given statuses. */
    public static EventQuery of(String type, LocalDate from, LocalDate to, EventStatus... statuses) {
        return new EventQuery(null, Set.of(type), Set.of(statuses), from, to, null, null);
    }
}
