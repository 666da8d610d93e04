package org.poliin.core.internal.mail;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** One message to one recipient. */
@Entity
@Table(name = "CORE_MAIL_OUTBOX")
public class OutboxEntity {

    @Id
    @SequenceGenerator(name = "CORE_MAIL_OUTBOX_SEQ", sequenceName = "CORE_MAIL_OUTBOX_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CORE_MAIL_OUTBOX_SEQ")
    @Column(name = "ID")
    long id;

    @Column(name = "MODULE_ID", nullable = false, length = 40)
    String moduleId;

    @Column(name = "RECIPIENT", nullable = false, length = 254)
    String recipient;

    @Column(name = "SUBJECT", nullable = false, length = 300)
    String subject;

    @Lob
    @Column(name = "BODY", nullable = false)
    String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    OutboxStatus status;

    @Column(name = "ATTEMPTS", nullable = false)
    int attempts;

    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    Instant nextAttemptAt;

    @Column(name = "LAST_ERROR", length = 500)
    String lastError;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "SENT_AT")
    Instant sentAt;

    @Version
    @Column(name = "VERSION")
    long version;

    OutboxMessageDTO toDTO() {
        OutboxMessageDTO dto = new OutboxMessageDTO();
        dto.id = id;
        dto.moduleId = moduleId;
        dto.recipient = recipient;
        dto.subject = subject;
        dto.status = status;
        dto.attempts = attempts;
        dto.nextAttemptAt = status == OutboxStatus.QUEUED ? nextAttemptAt : null;
        dto.lastError = lastError;
        dto.createdAt = createdAt;
        dto.sentAt = sentAt;
        return dto;
    }
}
