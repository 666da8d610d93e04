package org.poliin.api.audit;

import java.time.Instant;

/**
 * Criteria for reading the audit log; null criteria match everything.
 *
 * @param actor the user name
 * @param action an action, or an action prefix ending with a dot ({@code person.})
 * @param entityType the kind of record
 * @param entityId the record's id
 * @param moduleId the module
 * @param from entries at or after this instant
 * @param to entries before this instant
 */
public record AuditQuery(String actor, String action, String entityType, String entityId, String moduleId,
        Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }
}
