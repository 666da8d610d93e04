package org.poliin.vouchers.internal.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.poliin.api.common.Page;
import org.poliin.api.common.PageCursor;
import org.poliin.api.common.PageRequest;
import org.poliin.api.errors.ConflictException;
import org.poliin.api.errors.RecordNotFoundException;
import org.poliin.api.persistence.MigratedSchema;
import org.poliin.api.privacy.PersonalDataRecord;
import org.poliin.vouchers.internal.ApplicationDTO;
import org.poliin.vouchers.internal.Category;
import org.poliin.vouchers.internal.CriterionDTO;
import org.poliin.vouchers.internal.VouchersModule;
import org.poliin.vouchers.internal.service.Eligibility;

/** Applications to calls: submission, evaluation (score, rank), rejection, waiting list. */
@Component(service = ApplicationStore.class)
public final class ApplicationStore {

    public static final String SUBMITTED = "SUBMITTED";
    public static final String INELIGIBLE = "INELIGIBLE";
    public static final String WAITLISTED = "WAITLISTED";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";
    public static final String DECLINED = "DECLINED";
    public static final List<String> STATUSES = List.of(SUBMITTED, INELIGIBLE, WAITLISTED, APPROVED, REJECTED, DECLINED);

    static final LocalizedText KIND = LocalizedText.of("cerere de voucher", "voucher application");

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public ApplicationStore(@Reference(target = "(osgi.unit.name=poliin-vouchers)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=vouchers)") MigratedSchema schema, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    /** Stores an application with the outcome of its eligibility check. */
    public ApplicationDTO submit(long callId, long personId, Eligibility.Result eligibility, String evidenceRef,
            Category preferred, LocalDate submittedOn) {
        return jpa.txExpr(TransactionType.Required, em -> {
            long existing = em.createQuery("SELECT COUNT(a) FROM ApplicationEntity a WHERE a.callId = :call "
                    + "AND a.personId = :person", Long.class).setParameter("call", callId)
                    .setParameter("person", personId).getSingleResult();
            if (existing > 0) {
                throw new ConflictException(LocalizedText.of("persoana " + personId + " a depus deja o cerere la acest apel",
                        "person " + personId + " has already applied to this call"));
            }
            ApplicationEntity application = new ApplicationEntity();
            application.callId = callId;
            application.personId = personId;
            application.criteria = String.join(",", eligibility.met());
            application.evidenceRef = evidenceRef == null || evidenceRef.isBlank() ? null : evidenceRef.strip();
            application.preferredCategory = preferred.name();
            application.eligible = eligibility.eligible() ? "Y" : "N";
            application.status = eligibility.eligible() ? SUBMITTED : INELIGIBLE;
            application.failedCriteria = eligibility.failed().isEmpty() ? null
                    : String.join(",", eligibility.failed().stream().map(c -> c.code).toList());
            application.criteriaPoints = eligibility.points();
            application.score = eligibility.points();
            application.submittedOn = submittedOn;
            em.persist(application);
            em.flush();
            audit.record(AuditRecord.of(VouchersModule.ID, "vouchers.application.create", "vouchers-application",
                    application.id));
            return toDTO(em, application);
        });
    }

    public ApplicationDTO get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toDTO(em, entity(em, id)));
    }

    /**
     * The applications by id, optionally of one call and one status, by key or by number. The ids of a
     * page come from an index alone ({@code IX_VOUCHERS_APPLICATION_CALL}, {@code _STATUS},
     * {@code _CALL_STATUS}: the filter, then the id), then those rows are read; the total is counted
     * only when asked.
     */
    public Page<ApplicationDTO> search(Long callId, String status, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<ApplicationDTO> items = rows(em, searchQuery(em, callId, status, page).getResultList()).stream()
                    .map(a -> toDTO(em, a)).toList();
            long total = Page.NOT_COUNTED;
            if (page.count()) {
                TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM ApplicationEntity a"
                        + where(callId, status, null), Long.class);
                bind(count, callId, status, null);
                total = count.getSingleResult();
            }
            return Page.of(items, page, a -> PageCursor.of(a.id), total);
        });
    }

    /** The ids of one page of {@link #search}: {@code size + 1} after the cursor or the offset. */
    static TypedQuery<Long> searchQuery(EntityManager em, Long callId, String status, PageRequest page) {
        PageCursor after = page.cursor(1);
        TypedQuery<Long> query = em.createQuery("SELECT a.id FROM ApplicationEntity a"
                + where(callId, status, after) + " ORDER BY a.id", Long.class);
        bind(query, callId, status, after);
        return query.setFirstResult(page.offset()).setMaxResults(page.fetchSize());
    }

    private static String where(Long callId, String status, PageCursor after) {
        List<String> conditions = new ArrayList<>();
        if (callId != null) {
            conditions.add("a.callId = :call");
        }
        if (status != null) {
            conditions.add("a.status = :status");
        }
        if (after != null) {
            conditions.add("a.id > :after");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(TypedQuery<?> query, Long callId, String status, PageCursor after) {
        if (callId != null) {
            query.setParameter("call", callId);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        if (after != null) {
            query.setParameter("after", after.number(0));
        }
    }

    /** The applications with these ids, in the order of the ids. */
    private static List<ApplicationEntity> rows(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ApplicationEntity> byId = new java.util.HashMap<>();
        em.createQuery("SELECT a FROM ApplicationEntity a WHERE a.id IN :ids", ApplicationEntity.class)
                .setParameter("ids", ids).getResultList().forEach(a -> byId.put(a.id, a));
        return ids.stream().map(byId::get).toList();
    }

    /**
     * A page of the ranking of a call: its eligible applications still in the running or decided, best
     * first (score, then the earlier submission, then the lower id, so the order never depends on
     * chance), each with its rank. Read by key or by number: the cursor carries the rank of the last
     * item, so a page read by key numbers on from there. The ids come from the index
     * {@code IX_VOUCHERS_APPLICATION_RANKING}, which holds the order and the filter.
     */
    public Page<ApplicationDTO> ranking(long callId, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            PageCursor after = page.cursor(4);
            int rank = after == null ? page.offset() : (int) after.number(3);
            List<ApplicationDTO> ranked = new ArrayList<>();
            for (ApplicationEntity a : rows(em, rankingQuery(em, callId, page).getResultList())) {
                ApplicationDTO dto = toDTO(em, a);
                dto.rank = ++rank;
                ranked.add(dto);
            }
            long total = page.count() ? em.createQuery("SELECT COUNT(a) FROM ApplicationEntity a WHERE a.callId = :call "
                    + "AND a.eligible = 'Y' AND a.status <> :rejected", Long.class).setParameter("call", callId)
                    .setParameter("rejected", REJECTED).getSingleResult() : Page.NOT_COUNTED;
            return Page.of(ranked, page, a -> PageCursor.of(a.score, a.submittedOn, a.id, a.rank), total);
        });
    }

    /** The ids of one page of {@link #ranking}: {@code size + 1} after the cursor or the offset. */
    static TypedQuery<Long> rankingQuery(EntityManager em, long callId, PageRequest page) {
        PageCursor after = page.cursor(4);
        TypedQuery<Long> query = em.createQuery("SELECT a.id FROM ApplicationEntity a WHERE a.callId = :call "
                + "AND a.eligible = 'Y' AND a.status <> :rejected"
                + (after == null ? "" : " AND a.score <= :score AND (a.score < :score OR a.submittedOn > :day "
                        + "OR (a.submittedOn = :day AND a.id > :id))")
                + " ORDER BY a.score DESC, a.submittedOn, a.id", Long.class)
                .setParameter("call", callId).setParameter("rejected", REJECTED);
        if (after != null) {
            query.setParameter("score", (int) after.number(0)).setParameter("day", after.date(1))
                    .setParameter("id", after.number(2));
        }
        return query.setFirstResult(page.offset()).setMaxResults(page.fetchSize());
    }

    /** The evaluator's points; the score is the criteria's points plus these. */
    public ApplicationDTO assess(long id, int points) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity application = entity(em, id);
            application.assessmentPoints = points;
            application.score = application.criteriaPoints + points;
            em.flush();
            audit.record(AuditRecord.of(VouchersModule.ID, "vouchers.application.assess", "vouchers-application", id));
            return toDTO(em, application);
        });
    }

    /** Rejects (from SUBMITTED, WAITLISTED or INELIGIBLE) or waitlists (from SUBMITTED) an application. */
    public ApplicationDTO decide(long id, String status, String reason) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity application = entity(em, id);
            List<String> from = REJECTED.equals(status) ? List.of(SUBMITTED, WAITLISTED, INELIGIBLE) : List.of(SUBMITTED);
            if (!from.contains(application.status)) {
                throw new ConflictException(LocalizedText.of(
                        "cererea este în starea " + application.status + " și nu poate trece în " + status,
                        "the application is " + application.status + " and cannot become " + status));
            }
            application.status = status;
            application.decisionReason = reason.strip();
            application.decidedAt = LocalDateTime.now();
            em.flush();
            audit.record(AuditRecord.of(VouchersModule.ID, "vouchers.application." + status.toLowerCase(),
                    "vouchers-application", id));
            return toDTO(em, application);
        });
    }

    public java.util.Optional<ApplicationDTO> find(long callId, long personId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT a FROM ApplicationEntity a "
                + "WHERE a.callId = :call AND a.personId = :person", ApplicationEntity.class).setParameter("call", callId)
                .setParameter("person", personId).getResultList().stream().findFirst().map(a -> toDTO(em, a)));
    }

    public long count() {
        return jpa.txExpr(TransactionType.Supports,
                em -> em.createQuery("SELECT COUNT(a) FROM ApplicationEntity a", Long.class).getSingleResult());
    }

    public List<PersonalDataRecord> export(long personId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT a FROM ApplicationEntity a WHERE a.personId = :person ORDER BY a.id", ApplicationEntity.class)
                .setParameter("person", personId).getResultList().stream().map(a -> {
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("callId", a.callId);
                    data.put("criteria", a.criteria);
                    data.put("evidenceRef", a.evidenceRef);
                    data.put("preferredCategory", a.preferredCategory);
                    data.put("status", a.status);
                    data.put("eligible", "Y".equals(a.eligible));
                    data.put("failedCriteria", a.failedCriteria);
                    data.put("score", a.score);
                    data.put("decisionReason", a.decisionReason);
                    data.put("submittedOn", a.submittedOn.toString());
                    data.put("decidedAt", a.decidedAt == null ? null : a.decidedAt.toString());
                    return PersonalDataRecord.of("VOUCHERS_APPLICATION", a.id, data);
                }).toList());
    }

    /**
     * Clears what the applications say about the person (criteria, evidence, reasons); the rows, their
     * status and score stay anonymous so that counts and amounts of past reports hold.
     */
    public int anonymise(long personId) {
        return jpa.txExpr(TransactionType.Mandatory, em -> em.createQuery("UPDATE ApplicationEntity a SET "
                + "a.criteria = NULL, a.evidenceRef = NULL, a.failedCriteria = NULL, a.decisionReason = NULL, "
                + "a.erasedAt = :now WHERE a.personId = :person").setParameter("now", LocalDateTime.now())
                .setParameter("person", personId).executeUpdate());
    }

    static ApplicationEntity entity(EntityManager em, long id) {
        ApplicationEntity application = em.find(ApplicationEntity.class, id);
        if (application == null) {
            throw RecordNotFoundException.of(KIND, id);
        }
        return application;
    }

    static ApplicationDTO toDTO(EntityManager em, ApplicationEntity a) {
        ApplicationDTO dto = new ApplicationDTO();
        dto.id = a.id;
        dto.callId = a.callId;
        dto.personId = a.personId;
        dto.status = a.status;
        dto.eligible = "Y".equals(a.eligible);
        dto.criteria = a.criteria == null ? null : a.criteria.isEmpty() ? List.of() : Arrays.asList(a.criteria.split(","));
        if (a.failedCriteria != null) {
            List<String> codes = Arrays.asList(a.failedCriteria.split(","));
            List<CriterionDTO> criteria = FundStore.criteria(em, a.callId);
            dto.failedCriteria = criteria.stream().filter(c -> codes.contains(c.code)).toList();
        } else {
            dto.failedCriteria = a.erasedAt == null ? List.of() : null;
        }
        dto.evidenceRef = a.evidenceRef;
        dto.preferredCategory = Category.valueOf(a.preferredCategory);
        dto.score = a.score;
        dto.assessmentPoints = a.assessmentPoints;
        dto.decisionReason = a.decisionReason;
        dto.submittedOn = a.submittedOn;
        dto.decidedAt = a.decidedAt;
        List<Long> vouchers = em.createQuery("SELECT v.id FROM VoucherEntity v WHERE v.applicationId = :id", Long.class)
                .setParameter("id", a.id).getResultList();
        dto.voucherId = vouchers.isEmpty() ? null : vouchers.get(0);
        dto.version = a.version;
        return dto;
    }
}
