package org.poliin.counselling.internal.persistence;

import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.imports.CsvImportService;
import org.poliin.api.imports.CsvImportSpec;
import org.poliin.api.imports.CsvRow;
import org.poliin.api.imports.ImportReport;
import org.poliin.api.imports.RowOutcome;
import org.poliin.api.imports.RowRejectedException;
import org.poliin.api.persistence.MigratedSchema;
import org.poliin.counselling.internal.CounsellingModule;
import org.poliin.counselling.internal.EnrolmentStatus;

/**
 * Enrolment status at term end: the university's CSV (the whole cohort) and the outcome of each supported
 * student matched by student number. Figures are counted by the database.
 */
@Component(service = OutcomeStore.class)
public final class OutcomeStore {

    /** The CSV header. */
    public static final List<String> COLUMNS = List.of("student_number", "faculty", "study_year", "status");

    /** One parsed CSV row. */
    record EnrolmentRow(String studentNumber, String faculty, int studyYear, EnrolmentStatus status) {
    }

    /** A count of students of one faculty, year and status. */
    public record Count(String faculty, int studyYear, EnrolmentStatus status, long count) {
    }

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final CsvImportService imports;

    @Activate
    public OutcomeStore(@Reference(target = "(osgi.unit.name=poliin-counselling)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=counselling)") MigratedSchema schema, @Reference AuditLog audit,
            @Reference CsvImportService imports) {
        this.jpa = jpa;
        this.audit = audit;
        this.imports = imports;
    }

    /**
     * Imports the enrolment status at {@code termEnd} (idempotent: a row already stored the same is
     * UNCHANGED). Must be called outside a transaction: the core commits chunks of rows.
     */
    public ImportReport importCsv(Reader csv, LocalDate termEnd) {
        ImportReport report = imports.importCsv(csv, new CsvImportSpec<EnrolmentRow>(COLUMNS, List.of(),
                OutcomeStore::read, (row, line) -> write(row, termEnd)));
        audit.record(AuditRecord.of(CounsellingModule.ID, "counselling.enrolment.import", "counselling-enrolment",
                termEnd).withDetail(report.rows + " rows: " + report.created + " created, " + report.updated
                        + " updated, " + report.unchanged + " unchanged, " + report.problems.size() + " problems"));
        return report;
    }

    private static EnrolmentRow read(CsvRow row) throws RowRejectedException {
        String number = row.requireText("student_number").trim();
        if (number.length() > 64) {
            throw new RowRejectedException("student_number", LocalizedText.of("are cel mult 64 de caractere",
                    "has at most 64 characters"));
        }
        String faculty = row.requireText("faculty").trim();
        if (faculty.length() > 100) {
            throw new RowRejectedException("faculty", LocalizedText.of("are cel mult 100 de caractere",
                    "has at most 100 characters"));
        }
        int year = row.requireInteger("study_year");
        if (year < 1 || year > 8) {
            throw new RowRejectedException("study_year", LocalizedText.of("trebuie să fie între 1 și 8",
                    "must be between 1 and 8"));
        }
        String text = row.requireText("status");
        EnrolmentStatus status = EnrolmentStatus.parse(text).orElseThrow(() -> new RowRejectedException("status",
                LocalizedText.of("trebuie să fie enrolled, dropped-out, graduated sau transferred, nu „" + text + "”",
                        "must be enrolled, dropped-out, graduated or transferred, not \"" + text + "\"")));
        return new EnrolmentRow(number, faculty, year, status);
    }

    private RowOutcome write(EnrolmentRow row, LocalDate termEnd) {
        return jpa.txExpr(TransactionType.Required, em -> {
            EnrolmentEntity enrolment = em.createQuery(
                    "SELECT e FROM EnrolmentEntity e WHERE e.termEnd = :term AND e.studentNumber = :number",
                    EnrolmentEntity.class).setParameter("term", termEnd).setParameter("number", row.studentNumber())
                    .getResultList().stream().findFirst().orElse(null);
            RowOutcome outcome;
            if (enrolment == null) {
                enrolment = new EnrolmentEntity();
                enrolment.termEnd = termEnd;
                enrolment.studentNumber = row.studentNumber();
                outcome = RowOutcome.CREATED;
            } else if (enrolment.faculty.equals(row.faculty()) && enrolment.studyYear == row.studyYear()
                    && enrolment.status.equals(row.status().name())) {
                outcome = RowOutcome.UNCHANGED;
            } else {
                outcome = RowOutcome.UPDATED;
            }
            enrolment.faculty = row.faculty();
            enrolment.studyYear = row.studyYear();
            enrolment.status = row.status().name();
            if (outcome == RowOutcome.CREATED) {
                em.persist(enrolment);
            }
            StudentEntity student = StudentStore.byNumber(em, row.studentNumber());
            if (student != null) {
                OutcomeEntity result = em.createQuery(
                        "SELECT o FROM OutcomeEntity o WHERE o.studentId = :student AND o.termEnd = :term",
                        OutcomeEntity.class).setParameter("student", student.id).setParameter("term", termEnd)
                        .getResultList().stream().findFirst().orElse(null);
                if (result == null) {
                    result = new OutcomeEntity();
                    result.studentId = student.id;
                    result.termEnd = termEnd;
                    em.persist(result);
                }
                result.faculty = row.faculty();
                result.studyYear = row.studyYear();
                result.status = row.status().name();
            }
            em.flush();
            return outcome;
        });
    }

    /** The whole cohort at a term end by faculty, year and status. */
    public List<Count> cohort(LocalDate termEnd) {
        return counts("SELECT e.faculty, e.studyYear, e.status, COUNT(e) FROM EnrolmentEntity e WHERE e.termEnd = :term "
                + "GROUP BY e.faculty, e.studyYear, e.status", termEnd);
    }

    /** The supported students at a term end by faculty, year and status. */
    public List<Count> supported(LocalDate termEnd) {
        return counts("SELECT o.faculty, o.studyYear, o.status, COUNT(o) FROM OutcomeEntity o WHERE o.termEnd = :term "
                + "GROUP BY o.faculty, o.studyYear, o.status", termEnd);
    }

    private List<Count> counts(String jpql, LocalDate termEnd) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(jpql, Object[].class)
                .setParameter("term", termEnd).getResultList().stream()
                .map(r -> new Count((String) r[0], ((Number) r[1]).intValue(), EnrolmentStatus.valueOf((String) r[2]),
                        ((Number) r[3]).longValue()))
                .toList());
    }

    /** Supported students' outcomes at term ends within the period, by status. */
    public Map<EnrolmentStatus, Long> supportedOutcomes(LocalDate from, LocalDate to) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<EnrolmentStatus, Long> counts = new TreeMap<>();
            for (Object[] row : em.createQuery("SELECT o.status, COUNT(o) FROM OutcomeEntity o "
                    + "WHERE o.termEnd >= :from AND o.termEnd <= :to GROUP BY o.status", Object[].class)
                    .setParameter("from", from).setParameter("to", to).getResultList()) {
                counts.put(EnrolmentStatus.valueOf((String) row[0]), ((Number) row[1]).longValue());
            }
            return counts;
        });
    }

    /** Whether an enrolment import exists for the term end (demo data). */
    public boolean hasTerm(LocalDate termEnd) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT COUNT(e) FROM EnrolmentEntity e WHERE e.termEnd = :term", Long.class)
                .setParameter("term", termEnd).getSingleResult() > 0);
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
