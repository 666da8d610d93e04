package org.poliin.outreach.internal.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageCursor;
import org.poliin.api.common.PageRequest;
import org.poliin.api.errors.ConflictException;
import org.poliin.api.errors.RecordNotFoundException;
import org.poliin.api.errors.StaleRecordException;
import org.poliin.api.event.EventStatus;
import org.poliin.api.indicator.ReportPeriod;
import org.poliin.api.persistence.MigratedSchema;
import org.poliin.outreach.internal.HandoutDTO;
import org.poliin.outreach.internal.PupilCounts;
import org.poliin.outreach.internal.VisitCorrection;
import org.poliin.outreach.internal.VisitDTO;
import org.poliin.outreach.internal.VisitRecord;

/**
 * The module's records of school visits. The rules of their life (planned, then done or cancelled,
 * both final; a done visit's counts may be corrected) are kept here, inside the caller's transaction; {@code VisitService} keeps the core
 * event in step.
 */
@Component(service = VisitStore.class)
public final class VisitStore {

    public static final LocalizedText KIND = LocalizedText.of("vizită", "visit");

    private final JpaTemplate jpa;

    @Activate
    public VisitStore(@Reference(target = "(osgi.unit.name=poliin-outreach)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=outreach)") MigratedSchema schema) {
        this.jpa = jpa;
    }

    /** Stores a planned visit for the core event {@code eventId}; the campaign must exist. */
    public VisitDTO create(long eventId, long campaignId, long schoolId, LocalDate visitOn) {
        return jpa.txExpr(TransactionType.Mandatory, em -> {
            CampaignStore.entity(em, campaignId);
            VisitEntity visit = new VisitEntity();
            visit.eventId = eventId;
            visit.campaignId = campaignId;
            visit.schoolId = schoolId;
            visit.visitOn = visitOn;
            visit.status = EventStatus.PLANNED;
            em.persist(visit);
            em.flush();
            return toDTO(em, visit);
        });
    }

    /** Moves a planned visit to another campaign, school or day. */
    public VisitDTO replan(long id, long version, long campaignId, long schoolId, LocalDate visitOn) {
        return jpa.txExpr(TransactionType.Mandatory, em -> {
            VisitEntity visit = planned(em, id, version, LocalizedText.of("modificată", "changed"));
            CampaignStore.entity(em, campaignId);
            visit.campaignId = campaignId;
            visit.schoolId = schoolId;
            visit.visitOn = visitOn;
            em.flush();
            return toDTO(em, visit);
        });
    }

    /**
     * Records what happened at a planned visit and makes it done. The materials' stock is lowered by
     * the caller ({@code MaterialStore.takeOut}) in the same transaction.
     */
    public VisitDTO recordDone(long id, VisitRecord record, Map<Long, Integer> handouts) {
        return jpa.txExpr(TransactionType.Mandatory, em -> {
            VisitEntity visit = planned(em, id, record.version, LocalizedText.of("înregistrată", "recorded"));
            visit.status = EventStatus.DONE;
            visit.pupilsIx = record.pupils.ix;
            visit.pupilsX = record.pupils.x;
            visit.pupilsXi = record.pupils.xi;
            visit.pupilsXii = record.pupils.xii;
            visit.teachersMet = record.teachersMet;
            visit.standUsed = Boolean.TRUE.equals(record.standUsed) ? 1 : 0;
            handouts.forEach((materialId, quantity) -> {
                HandoutEntity handout = new HandoutEntity();
                handout.visitId = id;
                handout.materialId = materialId;
                handout.quantity = quantity;
                em.persist(handout);
            });
            em.flush();
            return toDTO(em, visit);
        });
    }

    /** Corrects the counts of a done visit; only a done visit has counts to correct (409 otherwise). */
    public VisitDTO correct(long id, VisitCorrection correction) {
        return jpa.txExpr(TransactionType.Mandatory, em -> {
            VisitEntity visit = entity(em, id);
            if (visit.version != correction.version) {
                throw new StaleRecordException(KIND, id, correction.version, visit.version);
            }
            if (visit.status != EventStatus.DONE) {
                throw new ConflictException(LocalizedText.of(
                        "Doar cifrele unei vizite desfășurate se corectează; vizita " + id + " este "
                                + (visit.status == EventStatus.PLANNED ? "planificată (înregistrați-o)" : "anulată") + ".",
                        "Only the counts of a done visit are corrected; visit " + id + " is "
                                + (visit.status == EventStatus.PLANNED ? "planned (record it)" : "cancelled") + "."));
            }
            visit.pupilsIx = correction.pupils.ix;
            visit.pupilsX = correction.pupils.x;
            visit.pupilsXi = correction.pupils.xi;
            visit.pupilsXii = correction.pupils.xii;
            visit.teachersMet = correction.teachersMet;
            visit.standUsed = Boolean.TRUE.equals(correction.standUsed) ? 1 : 0;
            em.flush();
            return toDTO(em, visit);
        });
    }

    public VisitDTO cancel(long id, long version) {
        return jpa.txExpr(TransactionType.Mandatory, em -> {
            VisitEntity visit = planned(em, id, version, LocalizedText.of("anulată", "cancelled"));
            visit.status = EventStatus.CANCELLED;
            em.flush();
            return toDTO(em, visit);
        });
    }

    /** A planned visit at {@code version}; a done or cancelled visit is final (409). */
    private static VisitEntity planned(EntityManager em, long id, long version, LocalizedText change) {
        VisitEntity visit = entity(em, id);
        if (visit.version != version) {
            throw new StaleRecordException(KIND, id, version, visit.version);
        }
        if (visit.status != EventStatus.PLANNED) {
            String ro = visit.status == EventStatus.DONE ? "desfășurată" : "anulată";
            String en = visit.status == EventStatus.DONE ? "done" : "cancelled";
            throw new ConflictException(LocalizedText.of(
                    "Vizita " + id + " este deja " + ro + " și nu mai poate fi " + change.ro
                            + "; doar o vizită planificată se modifică, se înregistrează sau se anulează.",
                    "Visit " + id + " is " + en + " already and cannot be " + change.en
                            + "; only a planned visit is changed, recorded or cancelled."));
        }
        return visit;
    }

    public VisitDTO get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toDTO(em, entity(em, id)));
    }

    /**
     * The visits by day (then id), optionally of one campaign, one school and one status. Read by key
     * ({@code after}) or by number; each filter has an index that leads with it and follows with the
     * order ({@code IX_OUTREACH_VISIT_*_DAY}), so a page reads only its own rows. The total is counted
     * only when asked.
     */
    public Page<VisitDTO> search(Long campaignId, Long schoolId, EventStatus status, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            // the keys first, from the index alone (it holds the filter and the order), then those rows
            List<Long> ids = searchQuery(em, campaignId, schoolId, status, page).getResultList();
            Map<Long, VisitEntity> rows = new HashMap<>();
            if (!ids.isEmpty()) {
                em.createQuery("SELECT v FROM VisitEntity v WHERE v.eventId IN :ids", VisitEntity.class)
                        .setParameter("ids", ids).getResultList().forEach(visit -> rows.put(visit.eventId, visit));
            }
            List<VisitEntity> found = ids.stream().map(rows::get).toList();
            Map<Long, List<HandoutDTO>> handouts = handouts(em, found.stream().map(v -> v.eventId).toList());
            List<VisitDTO> visits = found.stream()
                    .map(visit -> toDTO(visit, handouts.getOrDefault(visit.eventId, List.of()))).toList();
            long total = page.count() ? countQuery(em, campaignId, schoolId, status).getSingleResult() : Page.NOT_COUNTED;
            return Page.of(visits, page, visit -> PageCursor.of(visit.visitOn, visit.id), total);
        });
    }

    /**
     * The ids of one page of {@link #search}: {@code size + 1} rows after the cursor or the offset. Only
     * columns of the filter's index are read, so Derby walks that index in order and stops at the page's
     * end even for a filter that matches a third of the table (a status), where reading whole rows would
     * make it prefer a scan and a sort.
     */
    static TypedQuery<Long> searchQuery(EntityManager em, Long campaignId, Long schoolId, EventStatus status,
            PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = filter(campaignId, schoolId, status, parameters);
        PageCursor after = page.cursor(2);
        if (after != null) {
            // the first condition is the index's start key; the second skips the rows of that day already read
            conditions.add("v.visitOn >= :afterDay AND (v.visitOn > :afterDay OR v.eventId > :afterId)");
            parameters.put("afterDay", after.date(0));
            parameters.put("afterId", after.number(1));
        }
        TypedQuery<Long> query = em.createQuery("SELECT v.eventId FROM VisitEntity v" + where(conditions)
                + " ORDER BY v.visitOn, v.eventId", Long.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(page.offset()).setMaxResults(page.fetchSize());
    }

    static TypedQuery<Long> countQuery(EntityManager em, Long campaignId, Long schoolId, EventStatus status) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery(
                "SELECT COUNT(v) FROM VisitEntity v" + where(filter(campaignId, schoolId, status, parameters)), Long.class);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** The conditions of the filters given, each with its parameter. */
    private static List<String> filter(Long campaignId, Long schoolId, EventStatus status,
            Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (campaignId != null) {
            conditions.add("v.campaignId = :campaignId");
            parameters.put("campaignId", campaignId);
        }
        if (schoolId != null) {
            conditions.add("v.schoolId = :schoolId");
            parameters.put("schoolId", schoolId);
        }
        if (status != null) {
            conditions.add("v.status = :status");
            parameters.put("status", status);
        }
        return conditions;
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Whether the campaign has a planned or done visit to the school (cancelled ones do not count). */
    public boolean hasActiveVisit(long campaignId, long schoolId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(v) FROM VisitEntity v "
                + "WHERE v.campaignId = :c AND v.schoolId = :s AND v.status <> :cancelled", Long.class)
                .setParameter("c", campaignId).setParameter("s", schoolId)
                .setParameter("cancelled", EventStatus.CANCELLED).getSingleResult() > 0);
    }

    /** Done visits per school, over all campaigns, for the given schools. */
    public Map<Long, Long> doneVisitsBySchool(Set<Long> schoolIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (schoolIds.isEmpty()) {
            return counts;
        }
        jpa.tx(TransactionType.Supports, em -> em.createQuery("SELECT v.schoolId, COUNT(v) FROM VisitEntity v "
                + "WHERE v.status = :done AND v.schoolId IN :ids GROUP BY v.schoolId", Object[].class)
                .setParameter("done", EventStatus.DONE).setParameter("ids", new ArrayList<>(schoolIds))
                .getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1])));
        return counts;
    }

    /** The done visits of a campaign, per school: visits, pupils informed. */
    public Map<Long, long[]> doneByCampaignSchool(long campaignId) {
        Map<Long, long[]> bySchool = new HashMap<>();
        jpa.tx(TransactionType.Supports, em -> em.createQuery("SELECT v.schoolId, COUNT(v), "
                + "SUM(v.pupilsIx + v.pupilsX + v.pupilsXi + v.pupilsXii) FROM VisitEntity v "
                + "WHERE v.campaignId = :c AND v.status = :done GROUP BY v.schoolId", Object[].class)
                .setParameter("c", campaignId).setParameter("done", EventStatus.DONE).getResultList()
                .forEach(row -> bySchool.put((Long) row[0], new long[] { (Long) row[1], number(row[2]) })));
        return bySchool;
    }

    /** The figures of the done visits in a period, each computed by the database. */
    public PeriodFigures figures(ReportPeriod period) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Object[] visits = em.createQuery("SELECT COUNT(v), COUNT(DISTINCT v.schoolId), "
                    + "SUM(v.pupilsIx + v.pupilsX + v.pupilsXi + v.pupilsXii), SUM(v.teachersMet), SUM(v.standUsed) "
                    + "FROM VisitEntity v WHERE v.status = :done AND v.visitOn BETWEEN :from AND :to", Object[].class)
                    .setParameter("done", EventStatus.DONE).setParameter("from", period.from())
                    .setParameter("to", period.to()).getSingleResult();
            Object handedOut = em.createQuery("SELECT SUM(h.quantity) FROM HandoutEntity h, VisitEntity v "
                    + "WHERE h.visitId = v.eventId AND v.status = :done AND v.visitOn BETWEEN :from AND :to")
                    .setParameter("done", EventStatus.DONE).setParameter("from", period.from())
                    .setParameter("to", period.to()).getSingleResult();
            return new PeriodFigures(number(visits[0]), number(visits[1]), number(visits[2]), number(visits[3]),
                    number(visits[4]), number(handedOut));
        });
    }

    /**
     * Done visits in a period.
     *
     * @param visits done visits
     * @param schools different schools visited
     * @param pupils pupils informed
     * @param teachers teachers met
     * @param standUsed visits where the stand was used
     * @param materials pieces of material handed out
     */
    public record PeriodFigures(long visits, long schools, long pupils, long teachers, long standUsed, long materials) {
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static VisitEntity entity(EntityManager em, long id) {
        VisitEntity visit = em.find(VisitEntity.class, id);
        if (visit == null) {
            throw RecordNotFoundException.of(KIND, id);
        }
        return visit;
    }

    private static VisitDTO toDTO(EntityManager em, VisitEntity visit) {
        return toDTO(visit, handouts(em, List.of(visit.eventId)).getOrDefault(visit.eventId, List.of()));
    }

    /** The materials handed out at the given visits, in one query. */
    private static Map<Long, List<HandoutDTO>> handouts(EntityManager em, List<Long> visitIds) {
        Map<Long, List<HandoutDTO>> handouts = new HashMap<>();
        if (visitIds.isEmpty()) {
            return handouts;
        }
        em.createQuery("SELECT h.visitId, h.materialId, m.name, h.quantity FROM HandoutEntity h, MaterialEntity m "
                + "WHERE h.visitId IN :ids AND m.id = h.materialId ORDER BY m.name", Object[].class)
                .setParameter("ids", visitIds).getResultList().forEach(row -> {
                    HandoutDTO handout = new HandoutDTO();
                    handout.materialId = (Long) row[1];
                    handout.materialName = (String) row[2];
                    handout.quantity = ((Number) row[3]).intValue();
                    handouts.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(handout);
                });
        return handouts;
    }

    private static VisitDTO toDTO(VisitEntity visit, List<HandoutDTO> handouts) {
        VisitDTO dto = new VisitDTO();
        dto.id = visit.eventId;
        dto.campaignId = visit.campaignId;
        dto.schoolId = visit.schoolId;
        dto.visitOn = visit.visitOn;
        dto.status = visit.status;
        dto.pupils = PupilCounts.of(visit.pupilsIx, visit.pupilsX, visit.pupilsXi, visit.pupilsXii);
        dto.teachersMet = visit.teachersMet;
        dto.standUsed = visit.standUsed == 1;
        dto.materials = List.copyOf(handouts);
        dto.version = visit.version;
        return dto;
    }
}
