package org.poliin.vouchers.internal;

import java.util.ArrayList;
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
import org.poliin.vouchers.internal.persistence.ApplicationStore;
import org.poliin.vouchers.internal.persistence.ReflectionStore;
import org.poliin.vouchers.internal.persistence.VoucherStore;

/**
 * The module's part in privacy requests. Erasure clears what the applications say about the person
 * (the disadvantage criteria, the evidence reference, the reasons) and deletes their reflections;
 * vouchers and spendings keep their amounts (linked only to the core's anonymised person record), so
 * budgets and past reports stay true.
 */
@Component(property = PlatformModule.MODULE_ID_PROPERTY + "=" + VouchersModule.ID)
public final class VouchersPrivacy implements PrivacyProvider {

    private final ApplicationStore applications;
    private final VoucherStore vouchers;
    private final ReflectionStore reflections;

    @Activate
    public VouchersPrivacy(@Reference ApplicationStore applications, @Reference VoucherStore vouchers,
            @Reference ReflectionStore reflections) {
        this.applications = applications;
        this.vouchers = vouchers;
        this.reflections = reflections;
    }

    @Override
    public String moduleId() {
        return VouchersModule.ID;
    }

    @Override
    public PrivacyDeclaration declaration() {
        LocalizedText purpose = LocalizedText.of("acordarea voucherelor culturale studenților din medii defavorizate",
                "awarding cultural vouchers to students from disadvantaged backgrounds");
        PersonalDataStore application = PersonalDataStore.of("VOUCHERS_APPLICATION", List.of(
                PersonalDataField.of("personId", LocalizedText.of("solicitantul", "the applicant")),
                PersonalDataField.special("criteria", LocalizedText.of(
                        "criteriile de dezavantaj îndeplinite (bursă socială, mediu rural, orfan sau din centru de plasament, dizabilitate)",
                        "the disadvantage criteria met (social scholarship, rural origin, orphan or from a care institution, disability)")),
                PersonalDataField.special("failedCriteria", LocalizedText.of("criteriile neîndeplinite",
                        "the criteria not met")),
                PersonalDataField.of("evidenceRef", LocalizedText.of("referința documentelor doveditoare",
                        "the reference of the supporting documents")),
                PersonalDataField.of("decisionReason", LocalizedText.of("motivul deciziei", "the reason of the decision")),
                PersonalDataField.of("score", LocalizedText.of("punctajul", "the score"))),
                purpose, LegalBasis.CONSENT, LocalizedText.of(
                        "până la închiderea raportării proiectului; la ștergere criteriile, dovezile și motivele se șterg, sumele rămân anonime",
                        "until the project's reporting is closed; on erasure criteria, evidence and reasons are cleared, amounts stay anonymous"));
        // Disability (health) is a GDPR Art. 9 special category: processed with the student's explicit consent.
        application.specialCategoryCondition = "GDPR Art. 9(2)(a) explicit consent";
        return PrivacyDeclaration.of(VouchersModule.ID, List.of(application,
                PersonalDataStore.of("VOUCHERS_VOUCHER", List.of(
                        PersonalDataField.of("personId", LocalizedText.of("beneficiarul", "the beneficiary")),
                        PersonalDataField.of("code", LocalizedText.of("codul voucherului", "the voucher's code"))),
                        purpose, LegalBasis.CONSENT, LocalizedText.of(
                                "păstrat pentru raportarea către finanțator; legat doar de înregistrarea anonimizată a persoanei după ștergere",
                                "kept for the funder's reporting; linked only to the anonymised person record after erasure")),
                PersonalDataStore.of("VOUCHERS_REDEMPTION", List.of(
                        PersonalDataField.of("voucherId", LocalizedText.of("voucherul folosit", "the voucher used")),
                        PersonalDataField.of("receiptNo", LocalizedText.of("numărul bonului", "the receipt number"))),
                        LocalizedText.of("decontarea cheltuielilor culturale", "settling the cultural spending"),
                        LegalBasis.LEGAL_OBLIGATION, LocalizedText.of("cât cer regulile financiare ale proiectului",
                                "as long as the project's financial rules require")),
                PersonalDataStore.of("VOUCHERS_REFLECTION", List.of(
                        PersonalDataField.of("personId", LocalizedText.of("autorul", "the author")),
                        PersonalDataField.of("text", LocalizedText.of("reflecția", "the reflection"))),
                        LocalizedText.of("grupul de discuții al beneficiarilor", "the beneficiaries' discussion group"),
                        LegalBasis.CONSENT, LocalizedText.of("până la cererea de ștergere", "until erasure is requested"))));
    }

    @Override
    public List<PersonalDataRecord> export(long personId) {
        List<PersonalDataRecord> records = new ArrayList<>(applications.export(personId));
        records.addAll(vouchers.export(personId));
        records.addAll(reflections.export(personId));
        return records;
    }

    @Override
    public List<ErasureOutcome> erase(long personId) {
        return List.of(ErasureOutcome.of("VOUCHERS_APPLICATION", 0, applications.anonymise(personId)),
                ErasureOutcome.of("VOUCHERS_REFLECTION", reflections.delete(personId), 0));
    }
}
