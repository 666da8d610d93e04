package org.poliin.outreach.internal.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.ConflictException;
import org.poliin.api.errors.RecordNotFoundException;
import org.poliin.api.persistence.MigratedSchema;
import org.poliin.api.privacy.PersonalDataRecord;
import org.poliin.outreach.internal.OutreachModule;
import org.poliin.outreach.internal.SchoolContactDTO;

/** Schools' contact persons: personal data, exported and erased through the privacy contract. */
@Component(service = SchoolContactStore.class)
public final class SchoolContactStore {

    public static final String ENTITY = "OUTREACH_SCHOOL_CONTACT";
    static final LocalizedText KIND = LocalizedText.of("persoană de contact", "contact person");

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public SchoolContactStore(@Reference(target = "(osgi.unit.name=poliin-outreach)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=outreach)") MigratedSchema schema, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    public SchoolContactDTO add(long schoolId, long personId, String position) {
        return jpa.txExpr(TransactionType.Required, em -> {
            if (em.createQuery("SELECT COUNT(c) FROM SchoolContactEntity c WHERE c.schoolId = :s AND c.personId = :p",
                    Long.class).setParameter("s", schoolId).setParameter("p", personId).getSingleResult() > 0) {
                throw new ConflictException(LocalizedText.of(
                        "Persoana " + personId + " este deja persoană de contact a liceului " + schoolId + ".",
                        "Person " + personId + " is a contact person of school " + schoolId + " already."));
            }
            SchoolContactEntity contact = new SchoolContactEntity();
            contact.schoolId = schoolId;
            contact.personId = personId;
            contact.position = position == null || position.isBlank() ? null : position.strip();
            em.persist(contact);
            em.flush();
            audit.record(AuditRecord.of(OutreachModule.ID, "outreach.contact.create", "outreach-contact", contact.id));
            return toDTO(contact);
        });
    }

    public void remove(long schoolId, long contactId) {
        jpa.tx(TransactionType.Required, em -> {
            SchoolContactEntity contact = em.find(SchoolContactEntity.class, contactId);
            if (contact == null || contact.schoolId != schoolId) {
                throw RecordNotFoundException.of(KIND, contactId);
            }
            em.remove(contact);
            audit.record(AuditRecord.of(OutreachModule.ID, "outreach.contact.delete", "outreach-contact", contactId));
        });
    }

    /**
     * The contact persons of one school. A plain list, not a page: a school has a handful of contact
     * persons (a head teacher, a counsellor, a form teacher or two), however many schools there are; the
     * index {@code IX_OUTREACH_CONTACT_SCHOOL} (school, id) reads exactly those rows in their order.
     */
    public List<SchoolContactDTO> ofSchool(long schoolId) {
        return jpa.txExpr(TransactionType.Supports, em -> ofSchoolQuery(em, schoolId).getResultList().stream()
                .map(SchoolContactStore::toDTO).toList());
    }

    static TypedQuery<SchoolContactEntity> ofSchoolQuery(EntityManager em, long schoolId) {
        return em.createQuery("SELECT c FROM SchoolContactEntity c WHERE c.schoolId = :s ORDER BY c.id",
                SchoolContactEntity.class).setParameter("s", schoolId);
    }

    public List<PersonalDataRecord> export(long personId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT c FROM SchoolContactEntity c WHERE c.personId = :p ORDER BY c.id", SchoolContactEntity.class)
                .setParameter("p", personId).getResultList().stream().map(contact -> {
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("schoolId", contact.schoolId);
                    data.put("position", contact.position);
                    return PersonalDataRecord.of(ENTITY, contact.id, data);
                }).toList());
    }

    /** Deletes the person's contact records: no report counts them. Runs in the platform's erasure transaction. */
    public int erase(long personId) {
        return jpa.txExpr(TransactionType.Mandatory, em -> em
                .createQuery("DELETE FROM SchoolContactEntity c WHERE c.personId = :p").setParameter("p", personId)
                .executeUpdate());
    }

    private static SchoolContactDTO toDTO(SchoolContactEntity contact) {
        SchoolContactDTO dto = new SchoolContactDTO();
        dto.id = contact.id;
        dto.schoolId = contact.schoolId;
        dto.personId = contact.personId;
        dto.position = contact.position;
        dto.version = contact.version;
        return dto;
    }
}
