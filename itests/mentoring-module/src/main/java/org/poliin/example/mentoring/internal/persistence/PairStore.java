package org.poliin.example.mentoring.internal.persistence;

import java.time.LocalDate;
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
import org.poliin.api.mail.MailMessage;
import org.poliin.api.mail.MailService;
import org.poliin.api.people.PersonService;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageCursor;
import org.poliin.api.common.PageRequest;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.errors.StaleRecordException;
import org.poliin.api.errors.RecordNotFoundException;
import org.poliin.api.indicator.ReportPeriod;
import org.poliin.api.persistence.MigratedSchema;
import org.poliin.api.privacy.PersonalDataRecord;
import org.poliin.example.mentoring.internal.MentoringModule;
import org.poliin.example.mentoring.internal.PairDTO;

/**
 * The module's data. It starts only once the platform has migrated the module's schema (the
 * MigratedSchema reference), and its writes join the caller's transaction.
 */
@Component(service = PairStore.class)
public final class PairStore {

    static final LocalizedText KIND = LocalizedText.of("pereche de mentorat", "mentoring pair");

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final PersonService people;
    private final MailService mail;

    @Activate
    public PairStore(@Reference(target = "(osgi.unit.name=poliin-mentoring)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=mentoring)") MigratedSchema schema, @Reference AuditLog audit,
            @Reference PersonService people, @Reference MailService mail) {
        this.jpa = jpa;
        this.audit = audit;
        this.people = people;
        this.mail = mail;
    }

    /**
     * Creates a pair and welcomes the mentee by e-mail when their address is known. The pair, its
     * audit entry and the queued message are stored in one transaction, or none is.
     */
    public PairDTO create(long mentor, long mentee, LocalDate startedOn, String goals) {
        return jpa.txExpr(TransactionType.Required, em -> {
            PairEntity pair = new PairEntity();
            pair.mentorPersonId = mentor;
            pair.menteePersonId = mentee;
            pair.startedOn = startedOn;
            pair.goals = goals;
            em.persist(pair);
            em.flush();
            audit.record(AuditRecord.of(MentoringModule.ID, "mentoring.pair.create", "mentoring-pair", pair.id));
            String address = people.get(mentee).email;
            if (address != null) {
                mail.queue(MailMessage.of(MentoringModule.ID, List.of(address),
                        "Bine ai venit în programul de mentorat / Welcome to peer mentoring",
                        "Un student din anii mari te va îndruma în primul semestru; te va contacta în curând.\n\n"
                                + "A senior student will guide you through your first semester and will contact you soon."));
            }
            return toDTO(pair);
        });
    }

    /** Ends a pair on {@code endedOn}; {@code version} is the version the caller read. */
    public PairDTO end(long id, LocalDate endedOn, long version) {
        return jpa.txExpr(TransactionType.Required, em -> {
            PairEntity pair = em.find(PairEntity.class, id);
            if (pair == null) {
                throw RecordNotFoundException.of(KIND, id);
            }
            if (pair.version != version) {
                throw new StaleRecordException(KIND, id, version, pair.version);
            }
            if (endedOn.isBefore(pair.startedOn)) {
                throw InvalidInputException.of("endedOn", LocalizedText.of(
                        "nu poate fi înainte de începutul mentoratului (" + pair.startedOn + ")",
                        "cannot be before the pair started (" + pair.startedOn + ")"));
            }
            pair.endedOn = endedOn;
            em.flush();
            audit.record(AuditRecord.of(MentoringModule.ID, "mentoring.pair.end", "mentoring-pair", id));
            return toDTO(pair);
        });
    }

    public PairDTO get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            PairEntity pair = em.find(PairEntity.class, id);
            if (pair == null) {
                throw RecordNotFoundException.of(KIND, id);
            }
            return toDTO(pair);
        });
    }

    /**
     * The pairs by start day, then id, read by key ({@code after}) or by number. The index
     * {@code IX_MENTORING_PAIR_STARTED} (start day, id) holds that order, so a page reads only its own
     * rows: {@code size + 1} of them, the last one telling that another page follows. The total is
     * counted only when asked.
     */
    public Page<PairDTO> page(PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<PairDTO> found = pageQuery(em, page).getResultList().stream().map(PairStore::toDTO).toList();
            long total = page.count()
                    ? em.createQuery("SELECT COUNT(p) FROM PairEntity p", Long.class).getSingleResult()
                    : Page.NOT_COUNTED;
            return Page.of(found, page, pair -> PageCursor.of(pair.startedOn, pair.id), total);
        });
    }

    static TypedQuery<PairEntity> pageQuery(EntityManager em, PageRequest page) {
        PageCursor after = page.cursor(2);
        // seek: the first condition is where the index scan starts, the second skips that day's pairs already read
        TypedQuery<PairEntity> query = em.createQuery("SELECT p FROM PairEntity p"
                + (after == null ? "" : " WHERE p.startedOn >= :day AND (p.startedOn > :day OR p.id > :id)")
                + " ORDER BY p.startedOn, p.id", PairEntity.class);
        if (after != null) {
            query.setParameter("day", after.date(0)).setParameter("id", after.number(1));
        }
        return query.setFirstResult(page.offset()).setMaxResults(page.fetchSize());
    }

    /** Pairs active at some time in the period, counted by the database. */
    public long activeIn(ReportPeriod period) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT COUNT(p) FROM PairEntity p WHERE p.startedOn <= :to AND (p.endedOn IS NULL OR p.endedOn >= :from)",
                Long.class).setParameter("from", period.from()).setParameter("to", period.to()).getSingleResult());
    }

    /** Different mentees in pairs active in the period. */
    public long menteesIn(ReportPeriod period) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT COUNT(DISTINCT p.menteePersonId) FROM PairEntity p "
                        + "WHERE p.startedOn <= :to AND (p.endedOn IS NULL OR p.endedOn >= :from)",
                Long.class).setParameter("from", period.from()).setParameter("to", period.to()).getSingleResult());
    }

    public List<PersonalDataRecord> export(long personId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT p FROM PairEntity p WHERE p.mentorPersonId = :id OR p.menteePersonId = :id ORDER BY p.id",
                PairEntity.class).setParameter("id", personId).getResultList().stream().map(pair -> {
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("role", pair.mentorPersonId == personId ? "mentor" : "mentee");
                    data.put("otherPersonId", pair.mentorPersonId == personId ? pair.menteePersonId : pair.mentorPersonId);
                    data.put("startedOn", pair.startedOn.toString());
                    data.put("endedOn", pair.endedOn == null ? null : pair.endedOn.toString());
                    data.put("goals", pair.goals);
                    return PersonalDataRecord.of("MENTORING_PAIR", pair.id, data);
                }).toList());
    }

    /** Clears the goals of the person's pairs; the pairs stay so that the counts of past reports hold. */
    public int anonymise(long personId) {
        return jpa.txExpr(TransactionType.Mandatory, em -> em.createQuery(
                "UPDATE PairEntity p SET p.goals = NULL WHERE p.mentorPersonId = :id OR p.menteePersonId = :id")
                .setParameter("id", personId).executeUpdate());
    }

    public long count() {
        return jpa.txExpr(TransactionType.Supports,
                em -> em.createQuery("SELECT COUNT(p) FROM PairEntity p", Long.class).getSingleResult());
    }

    private static PairDTO toDTO(PairEntity pair) {
        PairDTO dto = new PairDTO();
        dto.id = pair.id;
        dto.mentorPersonId = pair.mentorPersonId;
        dto.menteePersonId = pair.menteePersonId;
        dto.startedOn = pair.startedOn;
        dto.endedOn = pair.endedOn;
        dto.goals = pair.goals;
        dto.version = pair.version;
        return dto;
    }
}
