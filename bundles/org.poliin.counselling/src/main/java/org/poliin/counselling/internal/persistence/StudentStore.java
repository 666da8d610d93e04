package org.poliin.counselling.internal.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
import org.poliin.api.errors.StaleRecordException;
import org.poliin.api.people.PersonDTO;
import org.poliin.api.people.PersonService;
import org.poliin.api.persistence.MigratedSchema;
import org.poliin.api.privacy.ErasureOutcome;
import org.poliin.api.privacy.PersonalDataRecord;
import org.poliin.counselling.internal.ConsentDTO;
import org.poliin.counselling.internal.ConsentInput;
import org.poliin.counselling.internal.ConsentScope;
import org.poliin.counselling.internal.CounsellingModule;
import org.poliin.counselling.internal.CounsellingSettings;
import org.poliin.counselling.internal.NoteDTO;
import org.poliin.counselling.internal.PlanDTO;
import org.poliin.counselling.internal.PlanInput;
import org.poliin.counselling.internal.Referral;
import org.poliin.counselling.internal.RunDTO;
import org.poliin.counselling.internal.StudentDTO;
import org.poliin.counselling.internal.StudentInput;
import org.poliin.counselling.internal.StudentStatus;
import org.poliin.counselling.internal.VulnerabilityCategory;

/**
 * Supported students, their consents, categories, plans and notes. Every read of a record that shows an
 * identity, categories, a plan or a note writes one audit entry per record; plans and notes are open to
 * the student's assigned counsellors only (403 for anyone else).
 */
@Component(service = StudentStore.class)
public final class StudentStore {

    static final LocalizedText KIND = LocalizedText.of("student sprijinit", "supported student");
    static final LocalizedText CONSENT = LocalizedText.of("consimțământ", "consent");
    static final LocalizedText PLAN = LocalizedText.of("plan de sprijin", "support plan");
    static final String STUDENT_ENTITY = "counselling-student";

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final PersonService people;
    private final AlertStore alerts;
    private final CounsellingSettings settings;

    @Activate
    public StudentStore(@Reference(target = "(osgi.unit.name=poliin-counselling)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=counselling)") MigratedSchema schema, @Reference AuditLog audit,
            @Reference PersonService people, @Reference AlertStore alerts, @Reference CounsellingSettings settings) {
        this.jpa = jpa;
        this.audit = audit;
        this.people = people;
        this.alerts = alerts;
        this.settings = settings;
    }

    // ---------------------------------------------------------------- students

    public StudentDTO create(StudentInput input, String user, LocalDate today) {
        return jpa.txExpr(TransactionType.Required, em -> {
            people.get(input.personId);
            long same = em.createQuery("SELECT COUNT(s) FROM StudentEntity s WHERE s.personId = :person "
                    + "AND s.status <> :closed", Long.class).setParameter("person", input.personId)
                    .setParameter("closed", StudentStatus.CLOSED.name()).getSingleResult();
            if (same > 0) {
                throw new ConflictException(LocalizedText.of(
                        "Persoana " + input.personId + " este deja un student sprijinit (neînchis).",
                        "Person " + input.personId + " is already a supported student (not closed)."));
            }
            StudentEntity student = new StudentEntity();
            student.personId = input.personId;
            StudentStatus status = input.status == null ? StudentStatus.ACTIVE : input.status;
            student.status = status.name();
            student.statusChangedOn = today;
            student.supportedSince = input.supportedSince == null ? today : input.supportedSince;
            student.closedOn = status == StudentStatus.CLOSED ? (input.closedOn == null ? today : input.closedOn) : null;
            apply(student, input);
            student.counsellors = new HashSet<>(input.counsellors == null || input.counsellors.isEmpty()
                    ? List.of(user) : input.counsellors);
            em.persist(student);
            em.flush();
            audit.record(AuditRecord.of(CounsellingModule.ID, "counselling.student.create", STUDENT_ENTITY, student.id));
            alerts.evaluate(student.id, today);
            return toDTO(student);
        });
    }

    public StudentDTO update(long id, StudentInput input, LocalDate today) {
        return jpa.txExpr(TransactionType.Required, em -> {
            StudentEntity student = live(em, id);
            if (input.version == null) {
                throw InvalidInputException.of("version", LocalizedText.of("este obligatorie la modificare",
                        "is required to change a record"));
            }
            if (student.version != input.version) {
                throw new StaleRecordException(KIND, id, input.version, student.version);
            }
            if (!input.personId.equals(student.personId)) {
                throw InvalidInputException.of("personId", LocalizedText.of("nu poate fi schimbată",
                        "cannot be changed"));
            }
            StudentStatus status = input.status == null ? StudentStatus.valueOf(student.status) : input.status;
            if (!status.name().equals(student.status)) {
                student.status = status.name();
                student.statusChangedOn = today;
            }
            if (status == StudentStatus.CLOSED) {
                student.closedOn = input.closedOn != null ? input.closedOn
                        : student.closedOn != null ? student.closedOn : today;
            } else {
                student.closedOn = null;
            }
            if (input.supportedSince != null) {
                student.supportedSince = input.supportedSince;
            }
            apply(student, input);
            if (input.counsellors != null && !input.counsellors.isEmpty()) {
                student.counsellors = new HashSet<>(input.counsellors);
            }
            em.flush();
            audit.record(AuditRecord.of(CounsellingModule.ID, "counselling.student.update", STUDENT_ENTITY, id)
                    .withDetail("status " + student.status));
            alerts.evaluate(id, today);
            return toDTO(em.find(StudentEntity.class, id));
        });
    }

    private static void apply(StudentEntity student, StudentInput input) {
        student.studentNumber = blankToNull(input.studentNumber);
        student.faculty = input.faculty.trim();
        student.programme = blankToNull(input.programme);
        student.studyYear = input.studyYear;
        student.cohortYear = input.cohortYear;
        student.referral = input.referral.name();
        if (student.closedOn != null && student.closedOn.isBefore(student.supportedSince)) {
            throw InvalidInputException.of("closedOn", LocalizedText.of(
                    "nu poate fi înainte de începutul sprijinului (" + student.supportedSince + ")",
                    "cannot be before the support began (" + student.supportedSince + ")"));
        }
    }

    /** One student, identity and categories included; one audit entry. */
    public StudentDTO read(long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            StudentEntity student = find(em, id);
            audit.record(AuditRecord.of(CounsellingModule.ID, "counselling.student.read", STUDENT_ENTITY, id));
            return toDTO(student);
        });
    }

    /**
     * A page of students (all or of one status) by id, by key or by number; one audit entry per student
     * on the page. The ids come from the primary key or {@code IX_COUNSELLING_STUDENT_STATUS} (status,
     * id) alone, then those rows are read; the total is counted only when asked.
     */
    public Page<StudentDTO> list(StudentStatus status, PageRequest page) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Long> ids = listQuery(em, status, page).getResultList();
            Map<Long, StudentEntity> rows = new HashMap<>();
            if (!ids.isEmpty()) {
                em.createQuery("SELECT s FROM StudentEntity s WHERE s.id IN :ids", StudentEntity.class)
                        .setParameter("ids", ids).getResultList().forEach(student -> rows.put(student.id, student));
            }
            List<StudentDTO> items = new ArrayList<>();
            for (Long id : ids.subList(0, Math.min(ids.size(), page.size()))) {
                audit.record(AuditRecord.of(CounsellingModule.ID, "counselling.student.read", STUDENT_ENTITY, id));
                items.add(toDTO(rows.get(id)));
            }
            if (ids.size() > page.size()) {
                items.add(toDTO(rows.get(ids.get(page.size())))); // only tells that another page follows
            }
            long total = Page.NOT_COUNTED;
            if (page.count()) {
                TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM StudentEntity s"
                        + (status == null ? "" : " WHERE s.status = :status"), Long.class);
                if (status != null) {
                    count.setParameter("status", status.name());
                }
                total = count.getSingleResult();
            }
            return Page.of(items, page, student -> PageCursor.of(student.id), total);
        });
    }

    /** The ids of one page of {@link #list}: {@code size + 1} after the cursor or the offset. */
    static TypedQuery<Long> listQuery(EntityManager em, StudentStatus status, PageRequest page) {
        PageCursor after = page.cursor(1);
        List<String> conditions = new ArrayList<>();
        if (status != null) {
            conditions.add("s.status = :status");
        }
        if (after != null) {
            conditions.add("s.id > :after");
        }
        TypedQuery<Long> query = em.createQuery("SELECT s.id FROM StudentEntity s"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)) + " ORDER BY s.id",
                Long.class);
        if (status != null) {
            query.setParameter("status", status.name());
        }
        if (after != null) {
            query.setParameter("after", after.number(0));
        }
        return query.setFirstResult(page.offset()).setMaxResults(page.fetchSize());
    }

    // ---------------------------------------------------------------- consent and categories

    public ConsentDTO giveConsent(long id, ConsentInput input, String user) {
        return jpa.txExpr(TransactionType.Required, em -> {
            live(em, id);
            ConsentEntity consent = new ConsentEntity();
            consent.studentId = id;
            consent.scope = input.scope.name();
            consent.textVersion = input.textVersion.trim();
            consent.givenOn = input.givenOn;
            consent.recordedBy = user;
            em.persist(consent);
            em.flush();
            audit.record(AuditRecord.of(CounsellingModule.ID, "counselling.consent.give", "counselling-consent", consent.id)
                    .withDetail("student " + id + ", " + consent.scope + ", text " + consent.textVersion));
            return toDTO(consent);
        });
    }

    /**
     * A student's consent history. A plain list, not a page: one student gives or withdraws consent a
     * few times over their studies; {@code IX_COUNSELLING_CONSENT_STUDENT} reads those rows in order.
     * One audit entry per consent read.
     */
    public List<ConsentDTO> consents(long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            find(em, id);
            List<ConsentDTO> consents = new ArrayList<>();
            for (ConsentEntity consent : consentsOf(em, id)) {
                audit.record(AuditRecord.of(CounsellingModule.ID, "counselling.consent.read", "counselling-consent",
                        consent.id));
                consents.add(toDTO(consent));
            }
            return consents;
        });
    }

    /**
     * Withdraws a consent. When no other valid consent for special categories is left, the student's
     * categories are erased (audited); the consent history stays.
     */
    public ConsentDTO withdrawConsent(long id, long consentId, LocalDate withdrawnOn) {
        return jpa.txExpr(TransactionType.Required, em -> {
            StudentEntity student = find(em, id);
            ConsentEntity consent = em.find(ConsentEntity.class, consentId);
            if (consent == null || consent.studentId != id) {
                throw RecordNotFoundException.of(CONSENT, consentId);
            }
            if (consent.withdrawnOn != null) {
                throw new ConflictException(LocalizedText.of("Consimțământul a fost retras deja la " + consent.withdrawnOn + ".",
                        "The consent was already withdrawn on " + consent.withdrawnOn + "."));
            }
            if (withdrawnOn.isBefore(consent.givenOn)) {
                throw InvalidInputException.of("withdrawnOn", LocalizedText.of(
                        "nu poate fi înainte de data consimțământului (" + consent.givenOn + ")",
                        "cannot be before the consent was given (" + consent.givenOn + ")"));
            }
            consent.withdrawnOn = withdrawnOn;
            em.flush();
            audit.record(AuditRecord.of(CounsellingModule.ID, "counselling.consent.withdraw", "counselling-consent",
                    consentId).withDetail("student " + id));
            if (!hasValidConsent(em, id) && !student.categories.isEmpty()) {
                int erased = student.categories.size();
                student.categories = new HashSet<>();
                em.flush();
                audit.record(AuditRecord.of(CounsellingModule.ID, "counselling.categories.erase", STUDENT_ENTITY, id)
                        .withDetail(erased + " categories erased after consent withdrawal"));
            }
            return toDTO(consent);
        });
    }

    /** Replaces the student's categories; refused (409) without a valid consent for special categories. */
    public StudentDTO setCategories(long id, Set<VulnerabilityCategory> categories, long version) {
        return jpa.txExpr(TransactionType.Required, em -> {
            StudentEntity student = live(em, id);
            if (student.version != version) {
                throw new StaleRecordException(KIND, id, version, student.version);
            }
            if (!categories.isEmpty() && !hasValidConsent(em, id)) {
                throw new ConflictException(LocalizedText.of(
                        "Lipsește consimțământul explicit " + ConsentScope.SPECIAL_CATEGORIES
                                + " al studentului (GDPR art. 9 alin. 2 lit. a): înregistrați-l înainte de categorii.",
                        "The student's explicit consent " + ConsentScope.SPECIAL_CATEGORIES
                                + " is missing (GDPR Art. 9(2)(a)): record it before the categories."));
            }
            Set<String> names = new HashSet<>();
            categories.forEach(category -> names.add(category.name()));
            student.categories = names;
            em.flush();
            audit.record(AuditRecord.of(CounsellingModule.ID, "counselling.categories.write", STUDENT_ENTITY, id));
            return toDTO(em.find(StudentEntity.class, id));
        });
    }

    private static boolean hasValidConsent(EntityManager em, long studentId) {
        return em.createQuery("SELECT COUNT(c) FROM ConsentEntity c WHERE c.studentId = :id AND c.scope = :scope "
                + "AND c.withdrawnOn IS NULL", Long.class).setParameter("id", studentId)
                .setParameter("scope", ConsentScope.SPECIAL_CATEGORIES.name()).getSingleResult() > 0;
    }

    private static List<ConsentEntity> consentsOf(EntityManager em, long studentId) {
        return em.createQuery("SELECT c FROM ConsentEntity c WHERE c.studentId = :id ORDER BY c.givenOn, c.id",
                ConsentEntity.class).setParameter("id", studentId).getResultList();
    }

    // ---------------------------------------------------------------- plans and notes (assigned counsellors)

    public PlanDTO createPlan(long id, PlanInput input, String user, LocalDate today) {
        return jpa.txExpr(TransactionType.Required, em -> {
            requireAssigned(live(em, id), user);
            PlanEntity plan = new PlanEntity();
            plan.studentId = id;
            plan.goals = input.goals;
            plan.actions = input.actions;
            plan.followUpOn = input.followUpOn;
            plan.createdBy = user;
            plan.createdAt = LocalDateTime.now();
            plan.updatedAt = plan.createdAt;
            em.persist(plan);
            em.flush();
            audit.record(AuditRecord.of(CounsellingModule.ID, "counselling.plan.create", "counselling-plan", plan.id));
            alerts.evaluate(id, today);
            return toDTO(plan);
        });
    }

    public PlanDTO updatePlan(long id, long planId, PlanInput input, String user, LocalDate today) {
        return jpa.txExpr(TransactionType.Required, em -> {
            requireAssigned(live(em, id), user);
            PlanEntity plan = em.find(PlanEntity.class, planId);
            if (plan == null || plan.studentId != id) {
                throw RecordNotFoundException.of(PLAN, planId);
            }
            if (input.version == null) {
                throw InvalidInputException.of("version", LocalizedText.of("este obligatorie la modificare",
                        "is required to change a record"));
            }
            if (plan.version != input.version) {
                throw new StaleRecordException(PLAN, planId, input.version, plan.version);
            }
            plan.goals = input.goals;
            plan.actions = input.actions;
            plan.followUpOn = input.followUpOn;
            plan.updatedAt = LocalDateTime.now();
            em.flush();
            audit.record(AuditRecord.of(CounsellingModule.ID, "counselling.plan.update", "counselling-plan", planId));
            alerts.evaluate(id, today);
            return toDTO(plan);
        });
    }

    /**
     * A student's support plans. A plain list, not a page: a student has a plan or a few over their
     * studies; {@code IX_COUNSELLING_PLAN_STUDENT} reads those rows in order. One audit entry per plan
     * read.
     */
    public List<PlanDTO> plans(long id, String user) {
        return jpa.txExpr(TransactionType.Required, em -> {
            requireAssigned(find(em, id), user);
            List<PlanDTO> plans = new ArrayList<>();
            for (PlanEntity plan : em.createQuery("SELECT p FROM PlanEntity p WHERE p.studentId = :id ORDER BY p.id",
                    PlanEntity.class).setParameter("id", id).getResultList()) {
                audit.record(AuditRecord.of(CounsellingModule.ID, "counselling.plan.read", "counselling-plan", plan.id));
                plans.add(toDTO(plan));
            }
            return plans;
        });
    }

    public NoteDTO addNote(long id, String text, String user) {
        return jpa.txExpr(TransactionType.Required, em -> {
            requireAssigned(live(em, id), user);
            NoteEntity note = new NoteEntity();
            note.studentId = id;
            note.text = text;
            note.writtenBy = user;
            note.writtenAt = LocalDateTime.now();
            em.persist(note);
            em.flush();
            audit.record(AuditRecord.of(CounsellingModule.ID, "counselling.note.create", "counselling-note", note.id));
            return toDTO(note);
        });
    }

    /**
     * A student's counselling notes. A plain list, not a page: they are written at the student's own
     * meetings (tens over their studies, not thousands); {@code IX_COUNSELLING_NOTE_STUDENT} reads those
     * rows in order. One audit entry per note read.
     */
    public List<NoteDTO> notes(long id, String user) {
        return jpa.txExpr(TransactionType.Required, em -> {
            requireAssigned(find(em, id), user);
            List<NoteDTO> notes = new ArrayList<>();
            for (NoteEntity note : em.createQuery("SELECT n FROM NoteEntity n WHERE n.studentId = :id ORDER BY n.id",
                    NoteEntity.class).setParameter("id", id).getResultList()) {
                audit.record(AuditRecord.of(CounsellingModule.ID, "counselling.note.read", "counselling-note", note.id));
                notes.add(toDTO(note));
            }
            return notes;
        });
    }

    static void requireAssigned(StudentEntity student, String user) {
        if (!student.counsellors.contains(user)) {
            throw notAssigned();
        }
    }

    static AccessDeniedException notAssigned() {
        return new AccessDeniedException(LocalizedText.of(
                "Planurile, notele și alertele unui student sunt accesibile doar consilierilor desemnați ai acestuia.",
                "A student's plans, notes and alerts are open to the student's assigned counsellors only."));
    }

    // ---------------------------------------------------------------- privacy and retention

    public List<PersonalDataRecord> export(long personId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<PersonalDataRecord> records = new ArrayList<>();
            for (StudentEntity s : studentsOf(em, personId)) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("studentNumber", s.studentNumber);
                data.put("faculty", s.faculty);
                data.put("programme", s.programme);
                data.put("studyYear", s.studyYear);
                data.put("cohortYear", s.cohortYear);
                data.put("referral", s.referral);
                data.put("status", s.status);
                data.put("supportedSince", text(s.supportedSince));
                data.put("closedOn", text(s.closedOn));
                data.put("categories", new ArrayList<>(new TreeSet<>(s.categories)));
                data.put("counsellors", new ArrayList<>(new TreeSet<>(s.counsellors)));
                records.add(PersonalDataRecord.of("COUNSELLING_STUDENT", s.id, data));
                for (ConsentEntity c : consentsOf(em, s.id)) {
                    records.add(PersonalDataRecord.of("COUNSELLING_CONSENT", c.id, map("scope", c.scope,
                            "textVersion", c.textVersion, "givenOn", text(c.givenOn), "withdrawnOn", text(c.withdrawnOn),
                            "recordedBy", c.recordedBy)));
                }
                for (PlanEntity p : em.createQuery("SELECT p FROM PlanEntity p WHERE p.studentId = :id ORDER BY p.id",
                        PlanEntity.class).setParameter("id", s.id).getResultList()) {
                    records.add(PersonalDataRecord.of("COUNSELLING_PLAN", p.id, map("goals", p.goals, "actions", p.actions,
                            "followUpOn", text(p.followUpOn), "createdBy", p.createdBy, "createdAt", text(p.createdAt))));
                }
                for (NoteEntity n : em.createQuery("SELECT n FROM NoteEntity n WHERE n.studentId = :id ORDER BY n.id",
                        NoteEntity.class).setParameter("id", s.id).getResultList()) {
                    records.add(PersonalDataRecord.of("COUNSELLING_NOTE", n.id, map("text", n.text, "writtenBy",
                            n.writtenBy, "writtenAt", text(n.writtenAt))));
                }
                for (AlertEntity a : em.createQuery("SELECT a FROM AlertEntity a WHERE a.studentId = :id ORDER BY a.id",
                        AlertEntity.class).setParameter("id", s.id).getResultList()) {
                    records.add(PersonalDataRecord.of("COUNSELLING_ALERT", a.id, map("rule", a.rule, "status", a.status,
                            "raisedAt", text(a.raisedAt), "resolvedAt", text(a.resolvedAt), "resolutionNote",
                            a.resolutionNote)));
                }
                for (AttendanceEntity a : em.createQuery(
                        "SELECT a FROM AttendanceEntity a WHERE a.studentId = :id ORDER BY a.meetingOn, a.id",
                        AttendanceEntity.class).setParameter("id", s.id).getResultList()) {
                    records.add(PersonalDataRecord.of("COUNSELLING_ATTENDANCE", a.id, map("meetingId", a.eventId,
                            "meetingOn", text(a.meetingOn), "attendance", a.attendance)));
                }
                for (OutcomeEntity o : em.createQuery(
                        "SELECT o FROM OutcomeEntity o WHERE o.studentId = :id ORDER BY o.termEnd, o.id",
                        OutcomeEntity.class).setParameter("id", s.id).getResultList()) {
                    records.add(PersonalDataRecord.of("COUNSELLING_OUTCOME", o.id, map("termEnd", text(o.termEnd),
                            "faculty", o.faculty, "studyYear", o.studyYear, "status", o.status)));
                }
            }
            return records;
        });
    }

    /**
     * Anonymises the person's student records (in the caller's transaction): identity, student number,
     * programme, categories, counsellors, plan texts, alert notes and enrolment rows lose what points to the
     * person; notes are deleted. Statuses, dates, faculty, year, attendance and outcomes stay for the counts.
     */
    public List<ErasureOutcome> anonymise(long personId, LocalDate today) {
        return jpa.txExpr(TransactionType.Mandatory, em -> {
            Totals totals = new Totals();
            for (StudentEntity student : studentsOf(em, personId)) {
                anonymise(em, student, today, totals);
            }
            return totals.outcomes();
        });
    }

    /** Anonymises the students closed for longer than the configured retention; each one audited. */
    public RunDTO purge(LocalDate today) {
        LocalDate limit = today.minusDays(settings.retentionClosedDays());
        return jpa.txExpr(TransactionType.Required, em -> {
            RunDTO run = new RunDTO();
            Totals totals = new Totals();
            for (StudentEntity student : em.createQuery("SELECT s FROM StudentEntity s WHERE s.status = :closed "
                    + "AND s.closedOn < :limit AND s.anonymisedOn IS NULL ORDER BY s.id", StudentEntity.class)
                    .setParameter("closed", StudentStatus.CLOSED.name()).setParameter("limit", limit).getResultList()) {
                anonymise(em, student, today, totals);
                audit.record(AuditRecord.of(CounsellingModule.ID, "counselling.retention.purge", STUDENT_ENTITY, student.id)
                        .withDetail("closed on " + student.closedOn + ", retention " + settings.retentionClosedDays()
                                + " days"));
                run.studentsAnonymised++;
            }
            return run;
        });
    }

    private static final class Totals {
        int students;
        int plans;
        int notes;
        int alerts;
        int enrolments;

        List<ErasureOutcome> outcomes() {
            return List.of(ErasureOutcome.of("COUNSELLING_STUDENT", 0, students),
                    ErasureOutcome.of("COUNSELLING_PLAN", 0, plans), ErasureOutcome.of("COUNSELLING_NOTE", notes, 0),
                    ErasureOutcome.of("COUNSELLING_ALERT", 0, alerts),
                    ErasureOutcome.of("COUNSELLING_ENROLMENT", 0, enrolments));
        }
    }

    private static void anonymise(EntityManager em, StudentEntity student, LocalDate today, Totals totals) {
        if (student.studentNumber != null) {
            for (EnrolmentEntity enrolment : em.createQuery("SELECT e FROM EnrolmentEntity e WHERE e.studentNumber = :number",
                    EnrolmentEntity.class).setParameter("number", student.studentNumber).getResultList()) {
                enrolment.studentNumber = "anon-" + enrolment.id;
                totals.enrolments++;
            }
        }
        totals.plans += em.createQuery("UPDATE PlanEntity p SET p.goals = NULL, p.actions = NULL WHERE p.studentId = :id")
                .setParameter("id", student.id).executeUpdate();
        totals.notes += em.createQuery("DELETE FROM NoteEntity n WHERE n.studentId = :id").setParameter("id", student.id)
                .executeUpdate();
        totals.alerts += em.createQuery("UPDATE AlertEntity a SET a.resolutionNote = NULL, a.openKey = NULL, "
                + "a.acknowledgedBy = NULL, a.resolvedBy = NULL WHERE a.studentId = :id").setParameter("id", student.id)
                .executeUpdate();
        em.createQuery("UPDATE ConsentEntity c SET c.recordedBy = '-' WHERE c.studentId = :id")
                .setParameter("id", student.id).executeUpdate();
        StudentEntity fresh = student;
        fresh.personId = null;
        fresh.studentNumber = null;
        fresh.programme = null;
        fresh.categories = new HashSet<>();
        fresh.counsellors = new HashSet<>();
        fresh.anonymisedOn = today;
        if (fresh.closedOn == null) {
            fresh.status = StudentStatus.CLOSED.name();
            fresh.closedOn = today;
            fresh.statusChangedOn = today;
        }
        em.flush();
        totals.students++;
    }

    private static List<StudentEntity> studentsOf(EntityManager em, long personId) {
        return em.createQuery("SELECT s FROM StudentEntity s WHERE s.personId = :person ORDER BY s.id",
                StudentEntity.class).setParameter("person", personId).getResultList();
    }

    // ---------------------------------------------------------------- figures and demo

    /** Students supported at some time in the period (anonymised ones included), counted by the database. */
    public long supportedIn(LocalDate from, LocalDate to) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(s) FROM StudentEntity s "
                + "WHERE s.supportedSince <= :to AND (s.closedOn IS NULL OR s.closedOn >= :from)", Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult());
    }

    /** Supported students of the period by one column (status, referral), counted by the database. */
    public Map<String, Long> countBy(String field, LocalDate from, LocalDate to) {
        if (!List.of("status", "referral").contains(field)) {
            throw new IllegalArgumentException(field);
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Object[] row : em.createQuery("SELECT s." + field + ", COUNT(s) FROM StudentEntity s "
                    + "WHERE s.supportedSince <= :to AND (s.closedOn IS NULL OR s.closedOn >= :from) GROUP BY s." + field,
                    Object[].class).setParameter("from", from).setParameter("to", to).getResultList()) {
                counts.put((String) row[0], (Long) row[1]);
            }
            return counts;
        });
    }

    /** Supported students of the period by category (a student may count in several). */
    public Map<String, Long> countByCategory(LocalDate from, LocalDate to) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Object[] row : em.createQuery("SELECT c, COUNT(s) FROM StudentEntity s JOIN s.categories c "
                    + "WHERE s.supportedSince <= :to AND (s.closedOn IS NULL OR s.closedOn >= :from) GROUP BY c",
                    Object[].class).setParameter("from", from).setParameter("to", to).getResultList()) {
                counts.put((String) row[0], (Long) row[1]);
            }
            return counts;
        });
    }

    /** The live (not anonymised) student of a person, if any: for the demo data. */
    public java.util.Optional<Long> studentOf(long personId) {
        return jpa.txExpr(TransactionType.Supports, em -> studentsOf(em, personId).stream()
                .filter(s -> s.anonymisedOn == null).map(s -> s.id).findFirst());
    }

    /** The live student with this student number, for matching enrolment rows. */
    static StudentEntity byNumber(EntityManager em, String number) {
        return em.createQuery("SELECT s FROM StudentEntity s WHERE s.studentNumber = :number ORDER BY s.id",
                StudentEntity.class).setParameter("number", number).setMaxResults(1).getResultList().stream()
                .findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- helpers

    static StudentEntity find(EntityManager em, long id) {
        StudentEntity student = em.find(StudentEntity.class, id);
        if (student == null) {
            throw RecordNotFoundException.of(KIND, id);
        }
        return student;
    }

    /** A student that can still be changed: anonymised records are read-only (409). */
    static StudentEntity live(EntityManager em, long id) {
        StudentEntity student = find(em, id);
        if (student.anonymisedOn != null) {
            throw new ConflictException(LocalizedText.of("Înregistrarea a fost anonimizată la " + student.anonymisedOn
                    + " și nu mai poate fi modificată.", "The record was anonymised on " + student.anonymisedOn
                    + " and can no longer be changed."));
        }
        return student;
    }

    private StudentDTO toDTO(StudentEntity student) {
        StudentDTO dto = new StudentDTO();
        dto.id = student.id;
        dto.personId = student.personId;
        if (student.personId != null) {
            people.find(student.personId).ifPresent((PersonDTO person) -> {
                dto.givenName = person.givenName;
                dto.familyName = person.familyName;
            });
        }
        dto.studentNumber = student.studentNumber;
        dto.faculty = student.faculty;
        dto.programme = student.programme;
        dto.studyYear = student.studyYear;
        dto.cohortYear = student.cohortYear;
        dto.referral = Referral.valueOf(student.referral);
        dto.status = StudentStatus.valueOf(student.status);
        dto.statusChangedOn = student.statusChangedOn;
        dto.supportedSince = student.supportedSince;
        dto.closedOn = student.closedOn;
        dto.categories = student.categories.stream().sorted().map(VulnerabilityCategory::valueOf).toList();
        dto.counsellors = student.counsellors.stream().sorted().toList();
        dto.anonymised = student.anonymisedOn != null;
        dto.version = student.version;
        return dto;
    }

    private static ConsentDTO toDTO(ConsentEntity consent) {
        ConsentDTO dto = new ConsentDTO();
        dto.id = consent.id;
        dto.studentId = consent.studentId;
        dto.scope = ConsentScope.valueOf(consent.scope);
        dto.textVersion = consent.textVersion;
        dto.givenOn = consent.givenOn;
        dto.withdrawnOn = consent.withdrawnOn;
        dto.recordedBy = consent.recordedBy;
        dto.valid = consent.withdrawnOn == null;
        return dto;
    }

    private static PlanDTO toDTO(PlanEntity plan) {
        PlanDTO dto = new PlanDTO();
        dto.id = plan.id;
        dto.studentId = plan.studentId;
        dto.goals = plan.goals;
        dto.actions = plan.actions;
        dto.followUpOn = plan.followUpOn;
        dto.createdBy = plan.createdBy;
        dto.createdAt = plan.createdAt;
        dto.updatedAt = plan.updatedAt;
        dto.version = plan.version;
        return dto;
    }

    private static NoteDTO toDTO(NoteEntity note) {
        NoteDTO dto = new NoteDTO();
        dto.id = note.id;
        dto.studentId = note.studentId;
        dto.text = note.text;
        dto.writtenBy = note.writtenBy;
        dto.writtenAt = note.writtenAt;
        return dto;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
