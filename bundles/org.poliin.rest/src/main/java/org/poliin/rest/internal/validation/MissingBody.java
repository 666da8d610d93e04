package org.poliin.rest.internal.validation;

import java.util.List;

import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.FieldViolation;
import org.poliin.api.errors.InvalidInputException;

/** The 400 for a request without the body its method requires. */
final class MissingBody {

    private MissingBody() {
    }

    static InvalidInputException exception() {
        return new InvalidInputException(
                LocalizedText.of("Cererea nu are conținut; trimiteți datele în format JSON.",
                        "The request has no body; send the data as JSON."),
                List.of(FieldViolation.of(null, LocalizedText.of("lipsește", "is missing"))));
    }
}
