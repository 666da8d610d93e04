package org.poliin.outreach.internal.service;

import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.imports.CsvImportService;
import org.poliin.api.imports.CsvImportSpec;
import org.poliin.api.imports.CsvRow;
import org.poliin.api.imports.ImportReport;
import org.poliin.api.imports.RowOutcome;
import org.poliin.api.imports.RowRejectedException;
import org.poliin.api.organisation.OrganisationService;
import org.poliin.api.organisation.OrganisationType;
import org.poliin.outreach.internal.AdmissionOutcome;
import org.poliin.outreach.internal.AdmissionSessionDTO;
import org.poliin.outreach.internal.OutreachModule;
import org.poliin.outreach.internal.persistence.AdmissionStore;

/**
 * Imports the admission results of a session: one CSV row per application with the applicant's high
 * school code, the programme and the status ({@code applied}, {@code admitted}, {@code enrolled}). No
 * name or applicant identifier is read or stored (data minimisation): the module only counts.
 *
 * <p>Idempotent by replacement: an import replaces the session's earlier results as a whole, at the
 * end of the import, so importing the same file twice gives the same counts, and a corrected file
 * simply replaces the previous one.
 */
@Component(service = AdmissionService.class)
public final class AdmissionService {

    public static final List<String> REQUIRED_COLUMNS = List.of("school_code", "programme", "status");
    private static final Pattern SESSION = Pattern.compile("[0-9A-Za-z-]{1,20}");

    private final AdmissionStore admissions;
    private final OrganisationService organisations;
    private final CsvImportService imports;
    private final AuditLog audit;

    @Activate
    public AdmissionService(@Reference AdmissionStore admissions, @Reference OrganisationService organisations,
            @Reference CsvImportService imports, @Reference AuditLog audit) {
        this.admissions = admissions;
        this.organisations = organisations;
        this.imports = imports;
        this.audit = audit;
    }

    /** Replaces the results of {@code session} with the valid rows of the file. Call it outside a transaction. */
    public ImportReport importCsv(String session, Reader csv) {
        if (session == null || !SESSION.matcher(session).matches()) {
            throw InvalidInputException.of("session", LocalizedText.of(
                    "este obligatorie: 1–20 litere, cifre sau cratime, de exemplu 2025",
                    "is required: 1–20 letters, digits or dashes, for example 2025"));
        }
        Map<String, Optional<Long>> schools = new HashMap<>();
        long importId = admissions.begin(session);
        ImportReport report;
        try {
            report = imports.importCsv(csv, new CsvImportSpec<>(REQUIRED_COLUMNS, List.of(),
                    row -> read(row, schools), (admission, row) -> {
                        admissions.add(importId, session, admission.schoolId, admission.programme, admission.status);
                        return RowOutcome.CREATED;
                    }));
        } catch (RuntimeException e) {
            admissions.abandon(importId);
            throw e;
        }
        admissions.finish(importId, (int) report.created);
        audit.record(new AuditRecord("outreach.admission.import", "outreach-admission-session", session,
                OutreachModule.ID, "rows=" + report.rows + ", imported=" + report.created + ", problems="
                        + report.problems.size()));
        return report;
    }

    public List<AdmissionSessionDTO> sessions() {
        return admissions.sessions();
    }

    private AdmissionRow read(CsvRow row, Map<String, Optional<Long>> schools) throws RowRejectedException {
        AdmissionRow admission = new AdmissionRow();
        String code = row.requireText("school_code");
        admission.schoolId = schools.computeIfAbsent(code, this::highSchool).orElseThrow(
                () -> new RowRejectedException("school_code", LocalizedText.of(
                        "nu există un liceu cu codul " + code + " (importați întâi liceele)",
                        "there is no high school with code " + code + " (import the schools first)")));
        admission.programme = row.requireText("programme");
        admission.status = row.requireEnum("status", AdmissionOutcome.class);
        return admission;
    }

    private Optional<Long> highSchool(String code) {
        return organisations.findByCode(code).filter(school -> school.type == OrganisationType.HIGH_SCHOOL)
                .map(school -> school.id);
    }
}
