package org.poliin.api.errors;

import org.osgi.dto.DTO;
import org.poliin.api.common.LocalizedText;

/** What is wrong with one field of the input. */
public class FieldViolation extends DTO {

    /** The field, as a JSON path into the input (for example {@code email} or {@code participants[2].personId}). */
    public String field;

    /** What is wrong, in Romanian and English. */
    public LocalizedText message;

    public static FieldViolation of(String field, LocalizedText message) {
        FieldViolation violation = new FieldViolation();
        violation.field = field;
        violation.message = message;
        return violation;
    }
}
