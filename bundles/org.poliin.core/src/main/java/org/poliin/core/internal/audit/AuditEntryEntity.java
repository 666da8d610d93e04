package org.poliin.core.internal.audit;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.poliin.api.audit.AuditEntryDTO;

/** An audit entry. Every column is written once: the log is append-only. */
@Entity
@Table(name = "CORE_AUDIT_ENTRY")
public class AuditEntryEntity {

    @Id
    @SequenceGenerator(name = "CORE_AUDIT_ENTRY_SEQ", sequenceName = "CORE_AUDIT_ENTRY_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CORE_AUDIT_ENTRY_SEQ")
    @Column(name = "ID", updatable = false)
    long id;

    @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
    Instant at;

    @Column(name = "ACTOR", nullable = false, updatable = false, length = 100)
    String actor;

    @Column(name = "ACTION", nullable = false, updatable = false, length = 100)
    String action;

    @Column(name = "ENTITY_TYPE", updatable = false, length = 60)
    String entityType;

    @Column(name = "ENTITY_ID", updatable = false, length = 100)
    String entityId;

    @Column(name = "MODULE_ID", nullable = false, updatable = false, length = 40)
    String moduleId;

    @Column(name = "REASON", updatable = false, length = 500)
    String reason;

    @Column(name = "DETAIL", updatable = false, length = 1000)
    String detail;

    AuditEntryDTO toDTO() {
        AuditEntryDTO dto = new AuditEntryDTO();
        dto.id = id;
        dto.at = at;
        dto.actor = actor;
        dto.action = action;
        dto.entityType = entityType;
        dto.entityId = entityId;
        dto.moduleId = moduleId;
        dto.reason = reason;
        dto.detail = detail;
        return dto;
    }
}
