package org.poliin.core.internal.people;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.errors.ConflictException;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.errors.RecordNotFoundException;
import org.poliin.api.module.ModuleIds;
import org.poliin.api.people.PersonDTO;
import org.poliin.api.people.PersonInput;
import org.poliin.api.people.PersonQuery;
import org.poliin.api.people.PersonService;
import org.poliin.api.persistence.MigratedSchema;
import org.poliin.core.internal.jpa.Deletion;
import org.poliin.core.internal.jpa.Records;
import org.poliin.core.internal.jpa.Versions;
import org.poliin.core.internal.jpa.Keyset;
import org.poliin.core.internal.jpa.Listing;
import org.poliin.core.internal.jpa.SearchTerms;
import org.poliin.core.internal.jpa.Where;
import org.poliin.core.internal.validation.InputValidator;

@Component(service = { PersonService.class, JpaPersonService.class })
public final class JpaPersonService implements PersonService {

    static final LocalizedText KIND = LocalizedText.of("persoană", "person");

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final InputValidator validator;
    private final Clock clock;

    @Activate
    public JpaPersonService(@Reference(target = "(osgi.unit.name=poliin-core)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=core)") MigratedSchema schema, @Reference AuditLog audit,
            @Reference InputValidator validator) {
        this.jpa = jpa;
        this.audit = audit;
        this.validator = validator;
        this.clock = Clock.systemUTC();
    }

    @Override
    public PersonDTO create(PersonInput input) {
        validator.check(input);
        return jpa.txExpr(TransactionType.Required, em -> {
            PersonEntity entity = new PersonEntity();
            entity.createdAt = Instant.now(clock);
            assign(em, entity, input);
            em.persist(entity);
            em.flush();
            SearchTerms.add(em, SearchTerms.PERSON, entity.id, entity.searchText);
            audit.record(AuditRecord.of(ModuleIds.CORE, "person.create", "person", entity.id));
            return entity.toDTO();
        });
    }

    @Override
    public PersonDTO get(long id) {
        return find(id).orElseThrow(() -> RecordNotFoundException.of(KIND, id));
    }

    @Override
    public Optional<PersonDTO> find(long id) {
        return jpa.txExpr(TransactionType.Supports,
                em -> Optional.ofNullable(em.find(PersonEntity.class, id)).map(PersonEntity::toDTO));
    }

    @Override
    public Optional<PersonDTO> findByExternalId(String externalId) {
        return jpa.txExpr(TransactionType.Supports, em -> byExternalId(em, externalId).map(PersonEntity::toDTO));
    }

    @Override
    public PersonDTO update(long id, PersonInput input) {
        validator.check(input);
        return jpa.txExpr(TransactionType.Required, em -> {
            PersonEntity entity = entity(em, id);
            if (entity.erasedAt != null) {
                throw new ConflictException(LocalizedText.of(
                        "Datele persoanei " + id + " au fost șterse; înregistrarea nu mai poate fi modificată.",
                        "The data of person " + id + " was erased; the record can no longer be changed."));
            }
            Versions.check(KIND, id, input.version, entity.version);
            if (assign(em, entity, input)) {
                em.flush();
                SearchTerms.replace(em, SearchTerms.PERSON, id, entity.searchText);
                audit.record(AuditRecord.of(ModuleIds.CORE, "person.update", "person", id));
            }
            return entity.toDTO();
        });
    }

    /** The list's order: family name, given name (folded, {@code SORT_NAME}), id (index IX_CORE_PERSON_LIST). */
    public static final Keyset<PersonEntity> ORDER = Keyset.<PersonEntity>ascending()
            .text("p.sortName", p -> p.sortName).number("p.id", p -> p.id);

    @Override
    public Page<PersonDTO> search(PersonQuery query, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> listing(query).page(em, page)
                .map(PersonEntity::toDTO));
    }

    /**
     * The list of a query (public for the tests that explain its plan): in the list's order, or, with
     * words to search, in the order of the word matched ({@link org.poliin.core.internal.jpa.TermSearch}).
     */
    public static Listing<PersonEntity> listing(PersonQuery query) {
        return Listing.search(PersonEntity.class, where(query), "p", "PersonEntity p", ORDER, SearchTerms.PERSON, query.text(),
                p -> p.searchText, p -> p.id);
    }

    /** The filters of the list, without the words searched. */
    public static Where where(PersonQuery query) {
        Where where = new Where()
                .and("p.localityId = :localityId", "localityId", query.localityId())
                .and("p.externalId = :externalId", "externalId", query.externalId());
        if (!query.includeErased()) {
            where.and("p.erasedAt IS NULL");
        }
        return where;
    }

    @Override
    public void delete(long id) {
        jpa.tx(TransactionType.Required, em -> {
            Deletion.remove(em, entity(em, id), KIND, id);
            SearchTerms.remove(em, SearchTerms.PERSON, id);
            audit.record(AuditRecord.of(ModuleIds.CORE, "person.delete", "person", id));
        });
    }

    /** Anonymises the person; called by the privacy service inside its erasure transaction. */
    public boolean anonymise(long id) {
        return jpa.txExpr(TransactionType.Mandatory, em -> {
            PersonEntity entity = em.find(PersonEntity.class, id);
            if (entity == null || entity.erasedAt != null) {
                return false;
            }
            entity.anonymise(Instant.now(clock));
            SearchTerms.remove(em, SearchTerms.PERSON, id);
            return true;
        });
    }

    private boolean assign(EntityManager em, PersonEntity entity, PersonInput input) {
        String externalId = Records.text(input.externalId);
        if (externalId != null) {
            byExternalId(em, externalId).filter(other -> other.id != entity.id).ifPresent(other -> {
                throw new ConflictException(LocalizedText.of(
                        "Identificatorul extern " + externalId + " aparține deja altei persoane.",
                        "External id " + externalId + " belongs to another person already."));
            });
        }
        if (input.localityId != null && em.find(org.poliin.core.internal.organisation.LocalityEntity.class,
                input.localityId) == null) {
            throw InvalidInputException.of("localityId", LocalizedText.of(
                    "nu există o localitate cu identificatorul " + input.localityId,
                    "there is no locality with id " + input.localityId));
        }
        String givenName = input.givenName.strip();
        String familyName = input.familyName.strip();
        String email = Records.text(input.email);
        String phone = Records.text(input.phone);
        boolean changed = !Objects.equals(entity.givenName, givenName) || !Objects.equals(entity.familyName, familyName)
                || !Objects.equals(entity.email, email) || !Objects.equals(entity.phone, phone)
                || !Objects.equals(entity.birthDate, input.birthDate)
                || !Objects.equals(entity.localityId, input.localityId)
                || !Objects.equals(entity.externalId, externalId);
        entity.givenName = givenName;
        entity.familyName = familyName;
        entity.email = email;
        entity.phone = phone;
        entity.birthDate = input.birthDate;
        entity.localityId = input.localityId;
        entity.externalId = externalId;
        entity.refreshSearchText();
        if (changed || entity.updatedAt == null) {
            entity.updatedAt = Instant.now(clock);
        }
        return changed;
    }


    static PersonEntity entity(EntityManager em, long id) {
        return Records.found(em, PersonEntity.class, id, KIND);
    }

    private static Optional<PersonEntity> byExternalId(EntityManager em, String externalId) {
        return em.createQuery("SELECT p FROM PersonEntity p WHERE p.externalId = :externalId", PersonEntity.class)
                .setParameter("externalId", externalId).getResultList().stream().findFirst();
    }
}
