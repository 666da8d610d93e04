package org.poliin.vouchers.internal.persistence;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.persistence.MigratedSchema;
import org.poliin.api.privacy.PersonalDataRecord;
import org.poliin.vouchers.internal.ReflectionDTO;
import org.poliin.vouchers.internal.VouchersModule;

/** Reflections written at the beneficiary group's meetings, keyed by the core event's id. */
@Component(service = ReflectionStore.class)
public final class ReflectionStore {

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public ReflectionStore(@Reference(target = "(osgi.unit.name=poliin-vouchers)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=vouchers)") MigratedSchema schema, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    public ReflectionDTO add(long eventId, Long personId, String text) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ReflectionEntity reflection = new ReflectionEntity();
            reflection.eventId = eventId;
            reflection.personId = personId;
            reflection.content = text.strip();
            reflection.writtenAt = LocalDateTime.now();
            em.persist(reflection);
            em.flush();
            audit.record(AuditRecord.of(VouchersModule.ID, "vouchers.reflection.create", "event", eventId));
            return toDTO(reflection);
        });
    }

    /**
     * The reflections written after one meeting. A plain list, not a page: they come from the people of
     * one meeting's group (a few dozen at most), so the list is short by design, however many meetings;
     * the index {@code IX_VOUCHERS_REFLECTION_EVENT_ID} (event, id) reads exactly those rows in order.
     */
    public List<ReflectionDTO> of(long eventId) {
        return jpa.txExpr(TransactionType.Supports, em -> ofQuery(em, eventId).getResultList().stream()
                .map(ReflectionStore::toDTO).toList());
    }

    static javax.persistence.TypedQuery<ReflectionEntity> ofQuery(javax.persistence.EntityManager em, long eventId) {
        return em.createQuery("SELECT r FROM ReflectionEntity r WHERE r.eventId = :event ORDER BY r.id",
                ReflectionEntity.class).setParameter("event", eventId);
    }

    public List<PersonalDataRecord> export(long personId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT r FROM ReflectionEntity r WHERE r.personId = :person ORDER BY r.id", ReflectionEntity.class)
                .setParameter("person", personId).getResultList().stream().map(r -> {
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("eventId", r.eventId);
                    data.put("text", r.content);
                    data.put("writtenAt", r.writtenAt.toString());
                    return PersonalDataRecord.of("VOUCHERS_REFLECTION", r.id, data);
                }).toList());
    }

    /** Deletes the person's reflections: no report counts them. */
    public int delete(long personId) {
        return jpa.txExpr(TransactionType.Mandatory, em -> em.createQuery(
                "DELETE FROM ReflectionEntity r WHERE r.personId = :person").setParameter("person", personId)
                .executeUpdate());
    }

    private static ReflectionDTO toDTO(ReflectionEntity r) {
        ReflectionDTO dto = new ReflectionDTO();
        dto.id = r.id;
        dto.eventId = r.eventId;
        dto.personId = r.personId;
        dto.text = r.content;
        dto.writtenAt = r.writtenAt;
        return dto;
    }
}
