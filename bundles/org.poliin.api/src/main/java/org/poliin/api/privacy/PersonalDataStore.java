package org.poliin.api.privacy;

import java.util.List;

import org.osgi.dto.DTO;
import org.poliin.api.common.LocalizedText;

/**
 * One place where a module stores personal data (a table, in most cases), with why and for how long:
 * an entry of the register of processing activities (GDPR Art. 30).
 */
public class PersonalDataStore extends DTO {

    /** The entity or table, for example {@code outreach_contact_person}. */
    public String entity;
    public List<PersonalDataField> fields;
    public LocalizedText purpose;
    public LegalBasis legalBasis;
    /** For special-category fields: the Art. 9(2) condition relied on (for example "9(2)(a) explicit consent"). */
    public String specialCategoryCondition;
    /** How long the data is kept, and what happens then. */
    public LocalizedText retention;

    public static PersonalDataStore of(String entity, List<PersonalDataField> fields, LocalizedText purpose,
            LegalBasis legalBasis, LocalizedText retention) {
        PersonalDataStore store = new PersonalDataStore();
        store.entity = entity;
        store.fields = List.copyOf(fields);
        store.purpose = purpose;
        store.legalBasis = legalBasis;
        store.retention = retention;
        return store;
    }
}
