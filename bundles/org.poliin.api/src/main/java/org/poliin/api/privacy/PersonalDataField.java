package org.poliin.api.privacy;

import org.osgi.dto.DTO;
import org.poliin.api.common.LocalizedText;

/** A field that holds personal data. */
public class PersonalDataField extends DTO {

    public String name;
    public LocalizedText description;
    /** Whether the field holds special-category data (GDPR Art. 9: health, ethnic origin...). */
    public boolean specialCategory;

    public static PersonalDataField of(String name, LocalizedText description) {
        PersonalDataField field = new PersonalDataField();
        field.name = name;
        field.description = description;
        return field;
    }

    public static PersonalDataField special(String name, LocalizedText description) {
        PersonalDataField field = of(name, description);
        field.specialCategory = true;
        return field;
    }
}
