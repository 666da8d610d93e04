package org.poliin.api.audit;

import java.util.Objects;

/**
 * What to write to the audit log. The platform adds who (the current user, or {@code system}) and when.
 *
 * @param action what was done, a dotted verb such as {@code person.update} or {@code counselling.plan.read}
 * @param entityType the kind of record, such as {@code person}
 * @param entityId the record's id, or null when the action is not about one record
 * @param moduleId the module that did it ({@code core} for the platform)
 * @param detail a short free text (never personal data)
 */
public record AuditRecord(String action, String entityType, String entityId, String moduleId, String detail) {

    public AuditRecord {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(moduleId, "moduleId");
    }

    public static AuditRecord of(String moduleId, String action, String entityType, Object entityId) {
        return new AuditRecord(action, entityType, entityId == null ? null : String.valueOf(entityId), moduleId, null);
    }

    public AuditRecord withDetail(String newDetail) {
        return new AuditRecord(action, entityType, entityId, moduleId, newDetail);
    }
}
