package org.poliin.core.internal.audit;

import java.time.Clock;
import java.time.Instant;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.audit.AuditEntryDTO;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditQuery;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.persistence.MigratedSchema;
import org.poliin.api.security.CurrentUser;
import org.poliin.core.internal.jpa.Keyset;
import org.poliin.core.internal.jpa.Where;

/**
 * The audit log in the core's database. A write joins the caller's transaction ({@code Required}),
 * so a change and its entry commit together; the log has no update or delete path.
 */
@Component(service = AuditLog.class)
public final class JpaAuditLog implements AuditLog {

    private final JpaTemplate jpa;
    private final CurrentUser currentUser;
    private final Clock clock;

    @Activate
    public JpaAuditLog(@Reference(target = "(osgi.unit.name=poliin-core)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=core)") MigratedSchema schema, @Reference CurrentUser currentUser) {
        this(jpa, currentUser, Clock.systemUTC());
    }

    JpaAuditLog(JpaTemplate jpa, CurrentUser currentUser, Clock clock) {
        this.jpa = jpa;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public void record(AuditRecord record) {
        AuditEntryEntity entry = new AuditEntryEntity();
        entry.at = Instant.now(clock);
        entry.actor = currentUser.name();
        entry.action = record.action();
        entry.entityType = record.entityType();
        entry.entityId = record.entityId();
        entry.moduleId = record.moduleId();
        entry.reason = currentUser.reason().orElse(null);
        entry.detail = truncate(record.detail(), 1000);
        jpa.tx(TransactionType.Required, em -> em.persist(entry));
    }

    /** Newest first: time, id, both descending (index IX_CORE_AUDIT_LIST and its per-filter twins). */
    public static final Keyset<AuditEntryEntity> ORDER = Keyset.<AuditEntryEntity>descending()
            .instant("a.at", a -> a.at).number("a.id", a -> a.id);

    @Override
    public Page<AuditEntryDTO> search(AuditQuery query, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> where(query)
                .page(em, AuditEntryEntity.class, "a", "AuditEntryEntity a", ORDER, page)
                .map(AuditEntryEntity::toDTO));
    }

    /** The WHERE of the list (public for the tests that explain its plan). */
    public static Where where(AuditQuery query) {
        Where where = new Where()
                .and("a.actor = :actor", "actor", query.actor())
                .and("a.entityType = :entityType", "entityType", query.entityType())
                .and("a.entityId = :entityId", "entityId", query.entityId())
                .and("a.moduleId = :moduleId", "moduleId", query.moduleId())
                .and("a.at >= :from", "from", query.from())
                .and("a.at < :to", "to", query.to());
        String action = query.action();
        if (action != null && action.endsWith(".")) {
            // a prefix as LOCATE, not LIKE: a LIKE prefix would make the database read the action's
            // index range and sort it; this is checked on the entries read in the list's order
            where.and("LOCATE(:action, a.action) = 1", "action", action);
        } else {
            where.and("a.action = :action", "action", action);
        }
        return where;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
