package org.poliin.counselling.internal.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
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
import org.poliin.api.errors.AccessDeniedException;
import org.poliin.api.errors.ConflictException;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.errors.RecordNotFoundException;
import org.poliin.api.event.Attendance;
import org.poliin.api.persistence.MigratedSchema;
import org.poliin.counselling.internal.AlertDTO;
import org.poliin.counselling.internal.AlertRule;
import org.poliin.counselling.internal.AlertStatus;
import org.poliin.counselling.internal.CounsellingModule;
import org.poliin.counselling.internal.CounsellingSettings;
import org.poliin.counselling.internal.RunDTO;
import org.poliin.counselling.internal.StudentStatus;
import org.poliin.counselling.internal.service.AlertRules;

/**
 * Early alerts: evaluates the rules for a student (after each relevant write and on schedule) and keeps
 * one open alert per (student, rule) and one alert per trigger, so evaluating again changes nothing.
 */
@Component(service = AlertStore.class)
public final class AlertStore {

    /** EclipseLink's query hint (org.eclipse.persistence.config.QueryHints.BIND_PARAMETERS). */
    private static final String BIND_PARAMETERS = "eclipselink.jdbc.bind-parameters";

    static final LocalizedText KIND = LocalizedText.of("alertă", "alert");

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final CounsellingSettings settings;

    @Activate
    public AlertStore(@Reference(target = "(osgi.unit.name=poliin-counselling)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=counselling)") MigratedSchema schema, @Reference AuditLog audit,
            @Reference CounsellingSettings settings) {
        this.jpa = jpa;
        this.audit = audit;
        this.settings = settings;
    }

    /** Evaluates the rules for one student in the caller's transaction (or a new one); returns alerts raised. */
    public int evaluate(long studentId, LocalDate today) {
        return jpa.txExpr(TransactionType.Required, em -> {
            StudentEntity student = em.find(StudentEntity.class, studentId);
            if (student == null || student.anonymisedOn != null) {
                return 0;
            }
            return raise(em, student, today);
        });
    }

    /** Evaluates the rules for every student who is not closed; each student in its own transaction. */
    public RunDTO evaluateAll(LocalDate today) {
        List<Long> ids = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT s.id FROM StudentEntity s WHERE s.status <> :closed AND s.anonymisedOn IS NULL ORDER BY s.id",
                Long.class).setParameter("closed", StudentStatus.CLOSED.name()).getResultList());
        RunDTO run = new RunDTO();
        for (long id : ids) {
            run.studentsChecked++;
            run.alertsRaised += evaluate(id, today);
        }
        return run;
    }

    private int raise(EntityManager em, StudentEntity student, LocalDate today) {
        List<AlertRules.MeetingAttendance> attendances = em.createQuery(
                "SELECT a FROM AttendanceEntity a WHERE a.studentId = :id", AttendanceEntity.class)
                .setParameter("id", student.id).getResultList().stream()
                .map(a -> new AlertRules.MeetingAttendance(a.eventId, a.meetingOn, Attendance.valueOf(a.attendance)))
                .toList();
        List<AlertRules.FollowUp> followUps = em.createQuery(
                "SELECT p FROM PlanEntity p WHERE p.studentId = :id AND p.followUpOn IS NOT NULL", PlanEntity.class)
                .setParameter("id", student.id).getResultList().stream()
                .map(p -> new AlertRules.FollowUp(p.id, p.followUpOn)).toList();
        AlertRules.Situation situation = new AlertRules.Situation(StudentStatus.valueOf(student.status),
                student.statusChangedOn, attendances, followUps);
        int raised = 0;
        for (AlertRules.Trigger trigger : AlertRules.evaluate(situation, today, settings.alertRules())) {
            String openKey = student.id + ":" + trigger.rule().name();
            long existing = em.createQuery("SELECT COUNT(a) FROM AlertEntity a WHERE a.studentId = :student "
                    + "AND a.rule = :rule AND (a.openKey IS NOT NULL OR a.triggerKey = :trigger)", Long.class)
                    .setParameter("student", student.id).setParameter("rule", trigger.rule().name())
                    .setParameter("trigger", trigger.triggerKey()).getSingleResult();
            if (existing > 0) {
                continue;
            }
            AlertEntity alert = new AlertEntity();
            alert.studentId = student.id;
            alert.rule = trigger.rule().name();
            alert.triggerKey = trigger.triggerKey();
            alert.openKey = openKey;
            alert.status = AlertStatus.OPEN.name();
            alert.raisedAt = LocalDateTime.now();
            em.persist(alert);
            em.flush();
            audit.record(AuditRecord.of(CounsellingModule.ID, "counselling.alert.raise", "counselling-alert", alert.id)
                    .withDetail(trigger.rule().name()));
            raised++;
        }
        return raised;
    }

    /**
     * The alerts of the students the user is assigned to, newest first (raised, then id, both
     * descending), by key or by number; {@code status} null for all; the total is counted only when
     * asked. The ids of a page come from the alerts' indexes ({@code IX_COUNSELLING_ALERT_RAISED},
     * {@code IX_COUNSELLING_ALERT_STATUS_RAISED}, which hold the order, the student and the status), and
     * the user's assignments are found through {@code IX_COUNSELLING_COUNSELLOR_USER}. Not yet bounded:
     * Derby joins the assignments first and then sorts that counsellor's alerts, reading the alerts'
     * index whole (no table scan, but no early stop either); see docs/modules/counselling.md.
     */
    public Page<AlertDTO> forCounsellor(String user, AlertStatus status, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<Long> ids = forCounsellorQuery(em, user, status, page).getResultList();
            Map<Long, AlertEntity> rows = new HashMap<>();
            if (!ids.isEmpty()) {
                em.createQuery("SELECT a FROM AlertEntity a WHERE a.id IN :ids", AlertEntity.class)
                        .setParameter("ids", ids).getResultList().forEach(alert -> rows.put(alert.id, alert));
            }
            long total = Page.NOT_COUNTED;
            if (page.count()) {
                TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AlertEntity a WHERE "
                        + conditions(status, null), Long.class).setHint(BIND_PARAMETERS, "true")
                        .setParameter("user", user);
                if (status != null) {
                    count.setParameter("status", status.name());
                }
                total = count.getSingleResult();
            }
            return Page.of(ids.stream().map(rows::get).map(AlertStore::toDTO).toList(), page,
                    alert -> PageCursor.of(alert.raisedAt, alert.id), total);
        });
    }

    /** The ids of one page of {@link #forCounsellor}: {@code size + 1} after the cursor or the offset. */
    static TypedQuery<Long> forCounsellorQuery(EntityManager em, String user, AlertStatus status, PageRequest page) {
        PageCursor after = page.cursor(2);
        // EclipseLink writes the parameters of a query with a subquery into its text unless told to bind them
        TypedQuery<Long> query = em.createQuery("SELECT a.id FROM AlertEntity a WHERE " + conditions(status, after)
                + " ORDER BY a.raisedAt DESC, a.id DESC", Long.class).setHint(BIND_PARAMETERS, "true")
                .setParameter("user", user);
        if (status != null) {
            query.setParameter("status", status.name());
        }
        if (after != null) {
            query.setParameter("raised", raisedAt(after)).setParameter("id", after.number(1));
        }
        return query.setFirstResult(page.offset()).setMaxResults(page.fetchSize());
    }

    private static String conditions(AlertStatus status, PageCursor after) {
        return "EXISTS (SELECT s.id FROM StudentEntity s JOIN s.counsellors c WHERE s.id = a.studentId AND c = :user)"
                + (status == null ? "" : " AND a.status = :status")
                + (after == null ? "" : " AND a.raisedAt <= :raised AND (a.raisedAt < :raised OR a.id < :id)");
    }

    private static LocalDateTime raisedAt(PageCursor after) {
        try {
            return LocalDateTime.parse(after.text(0));
        } catch (DateTimeParseException | NullPointerException e) {
            throw InvalidInputException.of(PageCursor.PARAMETER, LocalizedText.of(
                    "nu este un cursor al acestei liste (folosiți valoarea „next” a paginii precedente)",
                    "is not a cursor of this list (use the \"next\" value of the previous page)"));
        }
    }

    public AlertDTO acknowledge(long id, String user) {
        return jpa.txExpr(TransactionType.Required, em -> {
            AlertEntity alert = assigned(em, id, user);
            if (!AlertStatus.OPEN.name().equals(alert.status)) {
                throw new ConflictException(LocalizedText.of("Alerta nu mai este deschisă (" + alert.status + ").",
                        "The alert is no longer open (" + alert.status + ")."));
            }
            alert.status = AlertStatus.ACKNOWLEDGED.name();
            alert.acknowledgedBy = user;
            alert.acknowledgedAt = LocalDateTime.now();
            em.flush();
            audit.record(AuditRecord.of(CounsellingModule.ID, "counselling.alert.acknowledge", "counselling-alert", id));
            return toDTO(alert);
        });
    }

    public AlertDTO resolve(long id, String user, String note) {
        return jpa.txExpr(TransactionType.Required, em -> {
            AlertEntity alert = assigned(em, id, user);
            if (AlertStatus.RESOLVED.name().equals(alert.status)) {
                throw new ConflictException(LocalizedText.of("Alerta este deja rezolvată.", "The alert is already resolved."));
            }
            if (alert.acknowledgedAt == null) {
                alert.acknowledgedBy = user;
                alert.acknowledgedAt = LocalDateTime.now();
            }
            alert.status = AlertStatus.RESOLVED.name();
            alert.resolvedBy = user;
            alert.resolvedAt = LocalDateTime.now();
            alert.resolutionNote = note;
            alert.openKey = null;
            em.flush();
            audit.record(AuditRecord.of(CounsellingModule.ID, "counselling.alert.resolve", "counselling-alert", id));
            return toDTO(alert);
        });
    }

    private static AlertEntity assigned(EntityManager em, long id, String user) {
        AlertEntity alert = em.find(AlertEntity.class, id);
        if (alert == null) {
            throw RecordNotFoundException.of(KIND, id);
        }
        StudentEntity student = em.find(StudentEntity.class, alert.studentId);
        if (student == null || !student.counsellors.contains(user)) {
            throw StudentStore.notAssigned();
        }
        return alert;
    }

    static AlertDTO toDTO(AlertEntity alert) {
        AlertDTO dto = new AlertDTO();
        dto.id = alert.id;
        dto.studentId = alert.studentId;
        dto.rule = AlertRule.valueOf(alert.rule);
        dto.triggerKey = alert.triggerKey;
        dto.status = AlertStatus.valueOf(alert.status);
        dto.raisedAt = alert.raisedAt;
        dto.acknowledgedBy = alert.acknowledgedBy;
        dto.acknowledgedAt = alert.acknowledgedAt;
        dto.resolvedBy = alert.resolvedBy;
        dto.resolvedAt = alert.resolvedAt;
        dto.resolutionNote = alert.resolutionNote;
        dto.version = alert.version;
        return dto;
    }

}
