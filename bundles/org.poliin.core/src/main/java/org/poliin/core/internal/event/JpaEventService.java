package org.poliin.core.internal.event;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.errors.RecordNotFoundException;
import org.poliin.api.event.Attendance;
import org.poliin.api.event.AttendanceSummary;
import org.poliin.api.event.EventDTO;
import org.poliin.api.event.EventInput;
import org.poliin.api.event.EventQuery;
import org.poliin.api.event.EventService;
import org.poliin.api.event.EventStatus;
import org.poliin.api.event.EventTypeDTO;
import org.poliin.api.event.ParticipantDTO;
import org.poliin.api.event.ParticipantInput;
import org.poliin.api.module.ModuleDTO;
import org.poliin.api.module.ModuleRegistry;
import org.poliin.api.persistence.MigratedSchema;
import org.poliin.api.privacy.PersonalDataRecord;
import org.poliin.core.internal.jpa.SearchText;
import org.poliin.core.internal.jpa.Records;
import org.poliin.core.internal.jpa.Versions;
import org.poliin.core.internal.jpa.Keyset;
import org.poliin.core.internal.jpa.Listing;
import org.poliin.core.internal.jpa.SearchTerms;
import org.poliin.core.internal.jpa.Where;
import org.poliin.core.internal.organisation.LocalityEntity;
import org.poliin.core.internal.organisation.OrganisationEntity;
import org.poliin.core.internal.people.PersonEntity;
import org.poliin.core.internal.validation.InputValidator;

@Component(service = { EventService.class, JpaEventService.class })
public final class JpaEventService implements EventService {

    static final LocalizedText KIND = LocalizedText.of("eveniment", "event");
    static final String DEFAULT_ROLE = "participant";

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final ModuleRegistry modules;
    private final InputValidator validator;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public JpaEventService(@Reference(target = "(osgi.unit.name=poliin-core)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=core)") MigratedSchema schema, @Reference AuditLog audit,
            @Reference ModuleRegistry modules, @Reference InputValidator validator) {
        this.jpa = jpa;
        this.audit = audit;
        this.modules = modules;
        this.validator = validator;
    }

    @Override
    public EventDTO create(EventInput input) {
        validator.check(input);
        EventTypeDTO type = eventType(input.type).orElseThrow(() -> InvalidInputException.of("type",
                LocalizedText.of("tipul de eveniment „" + input.type + "” nu aparține niciunui modul instalat",
                        "event type \"" + input.type + "\" belongs to no installed module")));
        return jpa.txExpr(TransactionType.Required, em -> {
            EventEntity entity = new EventEntity();
            entity.type = type.key;
            entity.moduleId = type.moduleId;
            entity.createdAt = Instant.now(clock);
            assign(em, entity, input);
            em.persist(entity);
            em.flush();
            SearchTerms.add(em, SearchTerms.EVENT, entity.id, entity.searchText);
            audit.record(AuditRecord.of(entity.moduleId, "event.create", "event", entity.id));
            return entity.toDTO(0);
        });
    }

    @Override
    public EventDTO get(long id) {
        return find(id).orElseThrow(() -> RecordNotFoundException.of(KIND, id));
    }

    @Override
    public Optional<EventDTO> find(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(EventEntity.class, id))
                .map(entity -> entity.toDTO(participantCount(em, id))));
    }

    @Override
    public EventDTO update(long id, EventInput input) {
        validator.check(input);
        return jpa.txExpr(TransactionType.Required, em -> {
            EventEntity entity = entity(em, id);
            Versions.check(KIND, id, input.version, entity.version);
            if (!entity.type.equals(input.type)) {
                throw InvalidInputException.of("type", LocalizedText.of(
                        "tipul unui eveniment nu se schimbă (este „" + entity.type + "”)",
                        "an event's type does not change (it is \"" + entity.type + "\")"));
            }
            if (assign(em, entity, input)) {
                entity.updatedAt = Instant.now(clock);
                em.flush();
                SearchTerms.replace(em, SearchTerms.EVENT, id, entity.searchText);
                audit.record(AuditRecord.of(entity.moduleId, "event.update", "event", id));
            }
            return entity.toDTO(participantCount(em, id));
        });
    }

    @Override
    public void delete(long id) {
        jpa.tx(TransactionType.Required, em -> {
            EventEntity entity = entity(em, id);
            em.createQuery("DELETE FROM ParticipantEntity p WHERE p.eventId = :id").setParameter("id", id)
                    .executeUpdate();
            em.remove(entity);
            SearchTerms.remove(em, SearchTerms.EVENT, id);
            audit.record(AuditRecord.of(entity.moduleId, "event.delete", "event", id));
        });
    }

    /** Latest first: start, id, both descending (index IX_CORE_EVENT_LIST and its per-filter twins). */
    public static final Keyset<EventEntity> ORDER = Keyset.<EventEntity>descending()
            .localDateTime("e.startsAt", e -> e.startsAt).number("e.id", e -> e.id);

    /** An event's participants in the order they were added (index IX_CORE_PARTICIPANT_EVENT). */
    public static final Keyset<ParticipantEntity> PARTICIPANT_ORDER = Keyset.<ParticipantEntity>ascending()
            .number("p.id", p -> p.id);

    @Override
    public Page<EventDTO> search(EventQuery query, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Page<EventEntity> entities = listing(query).page(em, page);
            Map<Long, Long> counts = participantCounts(em, entities.items.stream().map(e -> e.id).toList());
            return entities.map(e -> e.toDTO(counts.getOrDefault(e.id, 0L)));
        });
    }

    @Override
    public Optional<EventTypeDTO> eventType(String key) {
        if (key == null) {
            return Optional.empty();
        }
        for (ModuleDTO module : modules.modules()) {
            for (EventTypeDTO type : module.eventTypes) {
                if (key.equals(type.key)) {
                    return Optional.of(type);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public ParticipantDTO putParticipant(long eventId, ParticipantInput input) {
        validator.check(input);
        return jpa.txExpr(TransactionType.Required, em -> {
            EventEntity event = entity(em, eventId);
            if (em.find(PersonEntity.class, input.personId) == null) {
                throw InvalidInputException.of("personId", LocalizedText.of(
                        "nu există o persoană cu identificatorul " + input.personId,
                        "there is no person with id " + input.personId));
            }
            Optional<ParticipantEntity> existing = participant(em, eventId, input.personId);
            ParticipantEntity participant = existing.orElseGet(ParticipantEntity::new);
            if (existing.isPresent()) {
                // changing a registration needs the version read, like every other update
                Versions.check(LocalizedText.of("participare", "participation"), eventId + "/" + input.personId,
                        input.version, participant.version);
            }
            participant.eventId = eventId;
            participant.personId = input.personId;
            participant.role = input.role == null ? DEFAULT_ROLE : input.role;
            participant.attendance = input.attendance == null ? Attendance.UNKNOWN : input.attendance;
            participant.note = input.note == null || input.note.isBlank() ? null : input.note.strip();
            if (existing.isEmpty()) {
                em.persist(participant);
            }
            em.flush();
            audit.record(AuditRecord.of(event.moduleId, existing.isEmpty() ? "event.participant.add"
                    : "event.participant.update", "event", eventId).withDetail("person=" + input.personId));
            return participant.toDTO();
        });
    }

    @Override
    public void removeParticipant(long eventId, long personId) {
        jpa.tx(TransactionType.Required, em -> {
            EventEntity event = entity(em, eventId);
            ParticipantEntity participant = participant(em, eventId, personId)
                    .orElseThrow(() -> RecordNotFoundException.of(LocalizedText.of("participare", "participation"),
                            eventId + "/" + personId));
            em.remove(participant);
            audit.record(AuditRecord.of(event.moduleId, "event.participant.remove", "event", eventId)
                    .withDetail("person=" + personId));
        });
    }

    @Override
    public List<ParticipantDTO> participants(long eventId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            entity(em, eventId);
            return em.createQuery("SELECT p FROM ParticipantEntity p WHERE p.eventId = :eventId ORDER BY p.id",
                    ParticipantEntity.class).setParameter("eventId", eventId).getResultList().stream()
                    .map(ParticipantEntity::toDTO).toList();
        });
    }

    @Override
    public Page<ParticipantDTO> participants(long eventId, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            entity(em, eventId);
            return new Where().and("p.eventId = :eventId", "eventId", eventId)
                    .page(em, ParticipantEntity.class, "p", "ParticipantEntity p", PARTICIPANT_ORDER, page)
                    .map(ParticipantEntity::toDTO);
        });
    }

    @Override
    public long count(EventQuery query) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Where where = where(query);
            return where.bind(em.createQuery("SELECT COUNT(e) FROM EventEntity e" + where.clause(), Long.class))
                    .getSingleResult();
        });
    }

    @Override
    public AttendanceSummary attendance(EventQuery query) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Where where = where(query).and("p.eventId = e.id");
            Object[] row = where.bind(em.createQuery("SELECT COUNT(p), "
                    + "SUM(CASE WHEN p.attendance = :present THEN 1 ELSE 0 END), "
                    + "SUM(CASE WHEN p.attendance <> :unknown THEN 1 ELSE 0 END), "
                    + "COUNT(DISTINCT p.personId) FROM ParticipantEntity p, EventEntity e" + where.clause(),
                    Object[].class))
                    .setParameter("present", Attendance.PRESENT)
                    .setParameter("unknown", Attendance.UNKNOWN)
                    .getSingleResult();
            return new AttendanceSummary(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
        });
    }

    /** A person's participations with their events, for the core's privacy export. */
    public List<PersonalDataRecord> exportParticipations(long personId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT p, e FROM ParticipantEntity p, EventEntity e WHERE p.eventId = e.id AND p.personId = :personId "
                        + "ORDER BY e.startsAt", Object[].class)
                .setParameter("personId", personId).getResultList().stream().map(row -> {
                    ParticipantEntity participant = (ParticipantEntity) row[0];
                    EventEntity event = (EventEntity) row[1];
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("eventId", event.id);
                    data.put("eventType", event.type);
                    data.put("eventTitle", event.title);
                    data.put("startsAt", event.startsAt.toString());
                    data.put("role", participant.role);
                    data.put("attendance", participant.attendance.name());
                    data.put("note", participant.note);
                    return PersonalDataRecord.of("CORE_EVENT_PARTICIPANT", participant.id, data);
                }).toList());
    }

    /**
     * Erases what a person's participations say about them (their notes); the participations stay,
     * anonymous once the person is, so that attendance figures stay true. Returns how many there are.
     */
    public int eraseParticipations(long personId) {
        return jpa.txExpr(TransactionType.Mandatory, em -> {
            em.createQuery("UPDATE ParticipantEntity p SET p.note = NULL WHERE p.personId = :personId")
                    .setParameter("personId", personId).executeUpdate();
            return em.createQuery("SELECT COUNT(p) FROM ParticipantEntity p WHERE p.personId = :personId", Long.class)
                    .setParameter("personId", personId).getSingleResult().intValue();
        });
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * The list of a query (public for the tests that explain its plan): in the list's order, or, with
     * words to search, in the order of the word matched ({@link org.poliin.core.internal.jpa.TermSearch}).
     */
    public static Listing<EventEntity> listing(EventQuery query) {
        return Listing.search(EventEntity.class, where(query), "e", "EventEntity e", ORDER, SearchTerms.EVENT, query.text(),
                e -> e.searchText, e -> e.id);
    }

    /** The filters of the list, without the words searched. */
    public static Where where(EventQuery query) {
        return new Where()
                .and("e.moduleId = :moduleId", "moduleId", query.moduleId())
                .and("e.type IN :types", "types", query.types())
                .and("e.status IN :statuses", "statuses", query.statuses())
                .and("e.startsAt >= :from", "from", query.from() == null ? null : query.from().atStartOfDay())
                .and("e.startsAt < :to", "to", query.to() == null ? null : query.to().plusDays(1).atStartOfDay())
                .and("e.organisationId = :organisationId", "organisationId", query.organisationId());
    }

    private boolean assign(EntityManager em, EventEntity entity, EventInput input) {
        if (input.endsAt != null && input.endsAt.isBefore(input.startsAt)) {
            throw InvalidInputException.of("endsAt", LocalizedText.of(
                    "nu poate fi înainte de începutul evenimentului", "cannot be before the event starts"));
        }
        if (input.localityId != null && em.find(LocalityEntity.class, input.localityId) == null) {
            throw InvalidInputException.of("localityId", LocalizedText.of(
                    "nu există o localitate cu identificatorul " + input.localityId,
                    "there is no locality with id " + input.localityId));
        }
        if (input.organisationId != null && em.find(OrganisationEntity.class, input.organisationId) == null) {
            throw InvalidInputException.of("organisationId", LocalizedText.of(
                    "nu există o organizație cu identificatorul " + input.organisationId,
                    "there is no organisation with id " + input.organisationId));
        }
        EventStatus status = input.status == null ? EventStatus.PLANNED : input.status;
        String title = input.title.strip();
        boolean changed = !Objects.equals(entity.title, title) || !Objects.equals(entity.description, input.description)
                || !Objects.equals(entity.startsAt, input.startsAt) || !Objects.equals(entity.endsAt, input.endsAt)
                || !Objects.equals(entity.place, input.place) || !Objects.equals(entity.localityId, input.localityId)
                || !Objects.equals(entity.organisationId, input.organisationId) || entity.status != status;
        entity.title = title;
        entity.description = input.description;
        entity.startsAt = input.startsAt;
        entity.endsAt = input.endsAt;
        entity.place = input.place;
        entity.localityId = input.localityId;
        entity.organisationId = input.organisationId;
        entity.status = status;
        entity.searchText = SearchText.of(title, input.place);
        if (entity.updatedAt == null) {
            entity.updatedAt = entity.createdAt;
        }
        return changed;
    }

    private static long participantCount(EntityManager em, long eventId) {
        return em.createQuery("SELECT COUNT(p) FROM ParticipantEntity p WHERE p.eventId = :id", Long.class)
                .setParameter("id", eventId).getSingleResult();
    }

    private static Map<Long, Long> participantCounts(EntityManager em, List<Long> eventIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!eventIds.isEmpty()) {
            for (Object[] row : em.createQuery("SELECT p.eventId, COUNT(p) FROM ParticipantEntity p "
                    + "WHERE p.eventId IN :ids GROUP BY p.eventId", Object[].class).setParameter("ids", eventIds)
                    .getResultList()) {
                counts.put((Long) row[0], (Long) row[1]);
            }
        }
        return counts;
    }

    static EventEntity entity(EntityManager em, long id) {
        return Records.found(em, EventEntity.class, id, KIND);
    }

    private static Optional<ParticipantEntity> participant(EntityManager em, long eventId, long personId) {
        return em.createQuery("SELECT p FROM ParticipantEntity p WHERE p.eventId = :eventId AND p.personId = :personId",
                ParticipantEntity.class).setParameter("eventId", eventId).setParameter("personId", personId)
                .getResultList().stream().findFirst();
    }
}
