package org.poliin.core.internal.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.mail.MailMessage;
import org.poliin.api.mail.MailService;
import org.poliin.api.persistence.MigratedSchema;
import org.poliin.api.privacy.PersonalDataRecord;
import org.poliin.core.internal.jpa.Keyset;
import org.poliin.core.internal.jpa.Where;
import org.poliin.core.internal.validation.InputValidator;

/**
 * The outbox: queued messages are rows written in the caller's transaction (a transactional outbox),
 * so a message exists exactly when the work that caused it committed. {@link MailDelivery} sends them.
 */
@Component(service = { MailService.class, OutboxMailService.class })
public final class OutboxMailService implements MailService {

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final InputValidator validator;
    private final Clock clock;

    @Activate
    public OutboxMailService(@Reference(target = "(osgi.unit.name=poliin-core)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=core)") MigratedSchema schema, @Reference AuditLog audit,
            @Reference InputValidator validator) {
        this(jpa, audit, validator, Clock.systemUTC());
    }

    OutboxMailService(JpaTemplate jpa, AuditLog audit, InputValidator validator, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public int queue(MailMessage message) {
        validator.check(message);
        Set<String> recipients = new LinkedHashSet<>();
        message.to.forEach(address -> recipients.add(address.strip()));
        return jpa.txExpr(TransactionType.Required, em -> {
            Instant now = Instant.now(clock);
            for (String recipient : recipients) {
                OutboxEntity entry = new OutboxEntity();
                entry.moduleId = message.moduleId;
                entry.recipient = recipient;
                entry.subject = message.subject.strip();
                entry.body = message.text;
                entry.status = OutboxStatus.QUEUED;
                entry.nextAttemptAt = now;
                entry.createdAt = now;
                em.persist(entry);
            }
            // the addresses are personal data: the audit entry counts them, it does not list them
            audit.record(new AuditRecord("mail.queue", "mail", null, message.moduleId,
                    "recipients=" + recipients.size()));
            return recipients.size();
        });
    }

    /** Newest first: creation time, id, both descending (index IX_CORE_MAIL_OUTBOX_LIST and its per-status twin). */
    public static final Keyset<OutboxEntity> ORDER = Keyset.<OutboxEntity>descending()
            .instant("m.createdAt", m -> m.createdAt).number("m.id", m -> m.id);

    /** The outbox, newest first, for the administrators. */
    public Page<OutboxMessageDTO> outbox(OutboxStatus status, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> where(status)
                .page(em, OutboxEntity.class, "m", "OutboxEntity m", ORDER, page)
                .map(OutboxEntity::toDTO));
    }

    /** The WHERE of the list (public for the tests that explain its plan). */
    public static Where where(OutboxStatus status) {
        return new Where().and("m.status = :status", "status", status);
    }

    /** How many messages stand in each status. */
    public Map<OutboxStatus, Long> counts() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<OutboxStatus, Long> counts = new java.util.EnumMap<>(OutboxStatus.class);
            for (Object[] row : em.createQuery("SELECT m.status, COUNT(m) FROM OutboxEntity m GROUP BY m.status",
                    Object[].class).getResultList()) {
                counts.put((OutboxStatus) row[0], (Long) row[1]);
            }
            return counts;
        });
    }

    /** The messages to an address, for a privacy export. */
    public List<PersonalDataRecord> export(String address) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT m FROM OutboxEntity m WHERE LOWER(m.recipient) = :address ORDER BY m.createdAt", OutboxEntity.class)
                .setParameter("address", address.toLowerCase(Locale.ROOT)).getResultList().stream()
                .map(m -> PersonalDataRecord.of("CORE_MAIL_OUTBOX", m.id, Map.of(
                        "subject", m.subject, "body", m.body, "status", m.status.name(),
                        "createdAt", m.createdAt.toString())))
                .toList());
    }

    /** Deletes the messages to an address (an erasure); runs in the caller's transaction. */
    public int erase(String address) {
        return jpa.txExpr(TransactionType.Mandatory, em -> em.createQuery(
                "DELETE FROM OutboxEntity m WHERE LOWER(m.recipient) = :address")
                .setParameter("address", address.toLowerCase(Locale.ROOT)).executeUpdate());
    }
}
