package org.poliin.counselling.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.module.PlatformModule;
import org.poliin.api.privacy.ErasureOutcome;
import org.poliin.api.privacy.LegalBasis;
import org.poliin.api.privacy.PersonalDataField;
import org.poliin.api.privacy.PersonalDataRecord;
import org.poliin.api.privacy.PersonalDataStore;
import org.poliin.api.privacy.PrivacyDeclaration;
import org.poliin.api.privacy.PrivacyProvider;
import org.poliin.counselling.internal.persistence.StudentStore;

/** What the module stores about people, why and how long; export and erasure of one person. */
@Component(property = PlatformModule.MODULE_ID_PROPERTY + "=" + CounsellingModule.ID)
public final class CounsellingPrivacy implements PrivacyProvider {

    static final String ART_9 = "GDPR Art. 9(2)(a): explicit consent";

    private final StudentStore students;

    @Activate
    public CounsellingPrivacy(@Reference StudentStore students) {
        this.students = students;
    }

    @Override
    public String moduleId() {
        return CounsellingModule.ID;
    }

    @Override
    public PrivacyDeclaration declaration() {
        LocalizedText purpose = LocalizedText.of(
                "sprijinirea studenților din medii defavorizate și grupuri vulnerabile pentru a preveni abandonul",
                "supporting students from disadvantaged backgrounds and vulnerable groups to prevent drop-out");
        LocalizedText retention = LocalizedText.of(
                "pe durata sprijinului și apoi câte zile stabilește retention.closedDays (implicit 1095) după închidere; "
                        + "apoi anonimizate de curățarea programată; categoriile se șterg la retragerea consimțământului",
                "while supported, then retention.closedDays (default 1095) days after closing; then anonymised by the "
                        + "scheduled purge; categories are erased when consent is withdrawn");
        PersonalDataStore student = PersonalDataStore.of("COUNSELLING_STUDENT", List.of(
                PersonalDataField.of("personId", LocalizedText.of("persoana (din nucleu)", "the person (core record)")),
                PersonalDataField.of("studentNumber", LocalizedText.of("numărul matricol", "the student number")),
                PersonalDataField.of("faculty, programme, studyYear, cohortYear",
                        LocalizedText.of("facultatea, programul, anul", "faculty, programme, year")),
                PersonalDataField.of("referral, status", LocalizedText.of("trimiterea și starea sprijinului",
                        "referral and support status")),
                PersonalDataField.of("counsellors", LocalizedText.of("consilierii desemnați", "the assigned counsellors")),
                PersonalDataField.special("categories", LocalizedText.of(
                        "categoriile de vulnerabilitate (origine etnică, dizabilitate, venit, mediu rural...)",
                        "vulnerability categories (ethnic origin, disability, income, rural origin...)"))),
                purpose, LegalBasis.CONSENT, retention);
        student.specialCategoryCondition = ART_9;
        PersonalDataStore consent = PersonalDataStore.of("COUNSELLING_CONSENT", List.of(
                PersonalDataField.of("scope, textVersion, givenOn, withdrawnOn, recordedBy",
                        LocalizedText.of("consimțământul explicit și retragerea lui", "the explicit consent and its withdrawal"))),
                LocalizedText.of("dovada consimțământului pentru datele din categorii speciale",
                        "proof of consent for special-category data"),
                LegalBasis.LEGAL_OBLIGATION, LocalizedText.of("cât timp există înregistrarea studentului",
                        "as long as the student record exists"));
        PersonalDataStore plans = PersonalDataStore.of("COUNSELLING_PLAN", List.of(
                PersonalDataField.special("goals, actions, followUpOn", LocalizedText.of(
                        "obiectivele, acțiunile convenite, revederile", "goals, agreed actions, follow-ups"))),
                purpose, LegalBasis.CONSENT, retention);
        plans.specialCategoryCondition = ART_9;
        PersonalDataStore notes = PersonalDataStore.of("COUNSELLING_NOTE", List.of(
                PersonalDataField.special("text", LocalizedText.of("notele confidențiale ale consilierului",
                        "the counsellor's confidential notes"))),
                purpose, LegalBasis.CONSENT, LocalizedText.of("șterse la anonimizare", "deleted on anonymisation"));
        notes.specialCategoryCondition = ART_9;
        PersonalDataStore meetings = PersonalDataStore.of("COUNSELLING_MEETING / COUNSELLING_ATTENDANCE", List.of(
                PersonalDataField.of("facilitators", LocalizedText.of("numele facilitatorilor (experți CCOC)",
                        "the facilitators' names (counselling experts)")),
                PersonalDataField.special("attendance", LocalizedText.of("prezența la întâlnirile de grup",
                        "attendance of group meetings"))),
                purpose, LegalBasis.CONSENT, LocalizedText.of("păstrată anonim pentru cifrele raportate",
                        "kept anonymously for the reported figures"));
        meetings.specialCategoryCondition = ART_9;
        PersonalDataStore alerts = PersonalDataStore.of("COUNSELLING_ALERT", List.of(
                PersonalDataField.of("rule, status, resolutionNote", LocalizedText.of("alertele timpurii și rezolvarea lor",
                        "early alerts and how they were resolved"))),
                purpose, LegalBasis.CONSENT, retention);
        PersonalDataStore enrolment = PersonalDataStore.of("COUNSELLING_ENROLMENT / COUNSELLING_OUTCOME", List.of(
                PersonalDataField.of("studentNumber, faculty, studyYear, status", LocalizedText.of(
                        "situația școlară la sfârșit de semestru (toată cohorta)",
                        "enrolment status at term end (the whole cohort)"))),
                LocalizedText.of("măsurarea retenției studenților sprijiniți față de cohortă",
                        "measuring retention of supported students against the cohort"),
                LegalBasis.PUBLIC_TASK, LocalizedText.of(
                        "numărul matricol este înlocuit la anonimizarea studentului; cifrele rămân",
                        "the student number is replaced when the student is anonymised; the counts stay"));
        return PrivacyDeclaration.of(CounsellingModule.ID, List.of(student, consent, plans, notes, meetings, alerts,
                enrolment));
    }

    @Override
    public List<PersonalDataRecord> export(long personId) {
        return students.export(personId);
    }

    @Override
    public List<ErasureOutcome> erase(long personId) {
        return students.anonymise(personId, LocalDate.now());
    }
}
