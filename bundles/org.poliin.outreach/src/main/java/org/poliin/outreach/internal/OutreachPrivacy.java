package org.poliin.outreach.internal;

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
import org.poliin.outreach.internal.persistence.SchoolContactStore;

/**
 * The module's part in privacy requests. Pupils are only counted and admission results carry no
 * identifier, so the one personal data the module stores is who the schools' contact persons are.
 * The visit team and the teachers met by name are participants of core events: the core declares,
 * exports and erases those.
 */
@Component(property = PlatformModule.MODULE_ID_PROPERTY + "=" + OutreachModule.ID)
public final class OutreachPrivacy implements PrivacyProvider {

    private final SchoolContactStore contacts;

    @Activate
    public OutreachPrivacy(@Reference SchoolContactStore contacts) {
        this.contacts = contacts;
    }

    @Override
    public String moduleId() {
        return OutreachModule.ID;
    }

    @Override
    public PrivacyDeclaration declaration() {
        return PrivacyDeclaration.of(OutreachModule.ID, List.of(PersonalDataStore.of(SchoolContactStore.ENTITY,
                List.of(PersonalDataField.of("personId", LocalizedText.of(
                        "persoana de contact a liceului (numele și datele de contact sunt în fișa persoanei din platformă)",
                        "the school's contact person (name and contact details are in the platform's person record)")),
                        PersonalDataField.of("schoolId", LocalizedText.of("liceul", "the high school")),
                        PersonalDataField.of("position", LocalizedText.of("funcția la liceu", "the position held at the school"))),
                LocalizedText.of("organizarea vizitelor de informare în licee", "organising the information visits to high schools"),
                LegalBasis.LEGITIMATE_INTERESTS,
                LocalizedText.of("cât timp persoana este contactul liceului; se șterge la cerere",
                        "while the person is the school's contact; erased on request"))));
    }

    @Override
    public List<PersonalDataRecord> export(long personId) {
        return contacts.export(personId);
    }

    /** Contact records are deleted: no report counts them (the visits' counts of teachers met stay). */
    @Override
    public List<ErasureOutcome> erase(long personId) {
        return List.of(ErasureOutcome.of(SchoolContactStore.ENTITY, contacts.erase(personId), 0));
    }
}
