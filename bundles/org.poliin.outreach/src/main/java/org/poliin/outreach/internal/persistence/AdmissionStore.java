package org.poliin.outreach.internal.persistence;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.event.EventStatus;
import org.poliin.api.indicator.ReportPeriod;
import org.poliin.api.persistence.MigratedSchema;
import org.poliin.outreach.internal.AdmissionOutcome;
import org.poliin.outreach.internal.AdmissionSessionDTO;

/**
 * Admission results: one anonymous row per application (school, programme, outcome). An admission
 * session's results are replaced as a whole by each import (see {@link AdmissionImportEntity}); only
 * the rows of a session's current import are counted.
 */
@Component(service = AdmissionStore.class)
public final class AdmissionStore {

    /** Rows of current imports only: the FROM and WHERE every count starts with. */
    private static final String CURRENT_ROWS = "FROM AdmissionEntity a, AdmissionImportEntity i "
            + "WHERE a.importId = i.id AND i.status = '" + AdmissionImportEntity.CURRENT + "'";

    private final JpaTemplate jpa;
    private final Clock clock = Clock.systemDefaultZone();

    @Activate
    public AdmissionStore(@Reference(target = "(osgi.unit.name=poliin-outreach)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=outreach)") MigratedSchema schema) {
        this.jpa = jpa;
    }

    /** Starts an import of {@code session}: its rows count only once {@link #finish} made it current. */
    public long begin(String session) {
        return jpa.txExpr(TransactionType.Required, em -> {
            AdmissionImportEntity batch = new AdmissionImportEntity();
            batch.session = session;
            batch.status = AdmissionImportEntity.LOADING;
            batch.importedAt = LocalDateTime.now(clock);
            em.persist(batch);
            em.flush();
            return batch.id;
        });
    }

    /** Adds one application to an import being loaded (inside the CSV import's transaction). */
    public void add(long importId, String session, long schoolId, String programme, AdmissionOutcome outcome) {
        jpa.tx(TransactionType.Required, em -> {
            AdmissionEntity admission = new AdmissionEntity();
            admission.importId = importId;
            admission.session = session;
            admission.schoolId = schoolId;
            admission.programme = programme;
            admission.outcome = outcome;
            em.persist(admission);
        });
    }

    /**
     * Makes the import the session's current results: the session's earlier imports are replaced and
     * their rows deleted, in one transaction, so the counts switch from the old file to the new one at once.
     */
    public void finish(long importId, int rows) {
        jpa.tx(TransactionType.Required, em -> {
            AdmissionImportEntity batch = em.find(AdmissionImportEntity.class, importId);
            List<Long> older = em.createQuery("SELECT i.id FROM AdmissionImportEntity i "
                    + "WHERE i.session = :session AND i.id <> :id", Long.class)
                    .setParameter("session", batch.session).setParameter("id", importId).getResultList();
            if (!older.isEmpty()) {
                em.createQuery("DELETE FROM AdmissionEntity a WHERE a.importId IN :ids").setParameter("ids", older)
                        .executeUpdate();
                em.createQuery("UPDATE AdmissionImportEntity i SET i.status = :replaced WHERE i.id IN :ids")
                        .setParameter("replaced", AdmissionImportEntity.REPLACED).setParameter("ids", older)
                        .executeUpdate();
            }
            batch.status = AdmissionImportEntity.CURRENT;
            batch.rows = rows;
        });
    }

    /** Drops an import that could not be completed: its rows never counted. */
    public void abandon(long importId) {
        jpa.tx(TransactionType.Required, em -> {
            em.createQuery("DELETE FROM AdmissionEntity a WHERE a.importId = :id").setParameter("id", importId)
                    .executeUpdate();
            em.createQuery("UPDATE AdmissionImportEntity i SET i.status = :replaced WHERE i.id = :id")
                    .setParameter("replaced", AdmissionImportEntity.REPLACED).setParameter("id", importId)
                    .executeUpdate();
        });
    }

    /**
     * The sessions with current results, newest import first. A plain list, not a page: there are one or
     * two admission sessions a year, so the list stays short however many applications they hold; the
     * figures of each session are aggregates that the database computes.
     */
    public List<AdmissionSessionDTO> sessions() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, AdmissionSessionDTO> sessions = new LinkedHashMap<>();
            em.createQuery("SELECT i.session, i.importedAt FROM AdmissionImportEntity i WHERE i.status = :current "
                    + "ORDER BY i.importedAt DESC", Object[].class)
                    .setParameter("current", AdmissionImportEntity.CURRENT).getResultList().forEach(row -> {
                        AdmissionSessionDTO session = new AdmissionSessionDTO();
                        session.session = (String) row[0];
                        session.importedAt = (LocalDateTime) row[1];
                        sessions.put(session.session, session);
                    });
            em.createQuery("SELECT a.session, a.outcome, COUNT(a) " + CURRENT_ROWS + " GROUP BY a.session, a.outcome",
                    Object[].class).getResultList().forEach(row -> {
                        AdmissionSessionDTO session = sessions.get((String) row[0]);
                        if (session != null) {
                            add(session, (AdmissionOutcome) row[1], (Long) row[2]);
                        }
                    });
            em.createQuery("SELECT a.session, COUNT(DISTINCT a.schoolId) " + CURRENT_ROWS + " GROUP BY a.session",
                    Object[].class).getResultList().forEach(row -> {
                        AdmissionSessionDTO session = sessions.get((String) row[0]);
                        if (session != null) {
                            session.schools = (Long) row[1];
                        }
                    });
            return new ArrayList<>(sessions.values());
        });
    }

    public Optional<AdmissionSessionDTO> session(String code) {
        return sessions().stream().filter(session -> session.session.equals(code)).findFirst();
    }

    /** The session's counts per school, for the given schools (all schools when {@code schoolIds} is null). */
    public Map<Long, Map<AdmissionOutcome, Long>> bySchool(String session, Set<Long> schoolIds) {
        Map<Long, Map<AdmissionOutcome, Long>> bySchool = new HashMap<>();
        if (schoolIds != null && schoolIds.isEmpty()) {
            return bySchool;
        }
        jpa.tx(TransactionType.Supports, em -> {
            var query = em.createQuery("SELECT a.schoolId, a.outcome, COUNT(a) " + CURRENT_ROWS
                    + " AND a.session = :session" + (schoolIds == null ? "" : " AND a.schoolId IN :ids")
                    + " GROUP BY a.schoolId, a.outcome", Object[].class).setParameter("session", session);
            if (schoolIds != null) {
                query.setParameter("ids", new ArrayList<>(schoolIds));
            }
            query.getResultList().forEach(row -> bySchool
                    .computeIfAbsent((Long) row[0], id -> new EnumMap<>(AdmissionOutcome.class))
                    .put((AdmissionOutcome) row[1], (Long) row[2]));
        });
        return bySchool;
    }

    /** The session's counts over the given schools, by outcome. */
    public Map<AdmissionOutcome, Long> total(String session, Set<Long> schoolIds) {
        Map<AdmissionOutcome, Long> totals = new EnumMap<>(AdmissionOutcome.class);
        if (schoolIds.isEmpty()) {
            return totals;
        }
        jpa.tx(TransactionType.Supports, em -> em.createQuery("SELECT a.outcome, COUNT(a) " + CURRENT_ROWS
                + " AND a.session = :session AND a.schoolId IN :ids GROUP BY a.outcome", Object[].class)
                .setParameter("session", session).setParameter("ids", new ArrayList<>(schoolIds)).getResultList()
                .forEach(row -> totals.put((AdmissionOutcome) row[0], (Long) row[1])));
        return totals;
    }

    /**
     * Applications from schools visited in the period, by outcome: for each done visit of the period,
     * the applications from its school in the admission session of its campaign. An application is
     * counted once even when its school was visited twice.
     */
    public Map<AdmissionOutcome, Long> fromSchoolsVisitedIn(ReportPeriod period) {
        Map<AdmissionOutcome, Long> totals = new EnumMap<>(AdmissionOutcome.class);
        jpa.tx(TransactionType.Supports, em -> em.createQuery("SELECT a.outcome, COUNT(a) " + CURRENT_ROWS
                + " AND EXISTS (SELECT v FROM VisitEntity v, CampaignEntity c WHERE v.campaignId = c.id"
                + " AND c.admissionSession = a.session AND v.schoolId = a.schoolId AND v.status = :done"
                + " AND v.visitOn BETWEEN :from AND :to) GROUP BY a.outcome", Object[].class)
                .setParameter("done", EventStatus.DONE).setParameter("from", period.from())
                .setParameter("to", period.to()).getResultList()
                .forEach(row -> totals.put((AdmissionOutcome) row[0], (Long) row[1])));
        return totals;
    }

    /** Applicants, admitted and enrolled from counts by outcome (each outcome includes the earlier ones). */
    public static long[] funnel(Map<AdmissionOutcome, Long> byOutcome) {
        long applied = byOutcome.getOrDefault(AdmissionOutcome.APPLIED, 0L);
        long admitted = byOutcome.getOrDefault(AdmissionOutcome.ADMITTED, 0L);
        long enrolled = byOutcome.getOrDefault(AdmissionOutcome.ENROLLED, 0L);
        return new long[] { applied + admitted + enrolled, admitted + enrolled, enrolled };
    }

    private static void add(AdmissionSessionDTO session, AdmissionOutcome outcome, long count) {
        session.applicants += count;
        if (outcome != AdmissionOutcome.APPLIED) {
            session.admitted += count;
        }
        if (outcome == AdmissionOutcome.ENROLLED) {
            session.enrolled += count;
        }
    }
}
