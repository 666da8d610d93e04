package org.poliin.example.mentoring.internal;

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
import org.poliin.example.mentoring.internal.persistence.PairStore;

/** The module's part in privacy requests: what it stores, export, erasure. */
@Component(property = PlatformModule.MODULE_ID_PROPERTY + "=" + MentoringModule.ID)
public final class MentoringPrivacy implements PrivacyProvider {

    private final PairStore pairs;

    @Activate
    public MentoringPrivacy(@Reference PairStore pairs) {
        this.pairs = pairs;
    }

    @Override
    public String moduleId() {
        return MentoringModule.ID;
    }

    @Override
    public PrivacyDeclaration declaration() {
        return PrivacyDeclaration.of(MentoringModule.ID, List.of(PersonalDataStore.of("MENTORING_PAIR",
                List.of(PersonalDataField.of("mentorPersonId", LocalizedText.of("mentorul", "the mentor")),
                        PersonalDataField.of("menteePersonId", LocalizedText.of("studentul îndrumat", "the mentee")),
                        PersonalDataField.of("goals", LocalizedText.of("obiectivele studentului îndrumat", "the mentee's goals"))),
                LocalizedText.of("organizarea mentoratului între studenți", "running peer mentoring"),
                LegalBasis.CONSENT,
                LocalizedText.of("până la sfârșitul anului universitar; obiectivele se șterg la cerere",
                        "until the end of the academic year; goals are erased on request"))));
    }

    @Override
    public List<PersonalDataRecord> export(long personId) {
        return pairs.export(personId);
    }

    @Override
    public List<ErasureOutcome> erase(long personId) {
        return List.of(ErasureOutcome.of("MENTORING_PAIR", 0, pairs.anonymise(personId)));
    }
}
