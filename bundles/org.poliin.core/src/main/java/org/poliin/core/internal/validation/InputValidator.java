package org.poliin.core.internal.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.validation.ConstraintViolation;
import javax.validation.MessageInterpolator;
import javax.validation.Validator;
import javax.validation.ValidatorFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.FieldViolation;
import org.poliin.api.errors.InvalidInputException;

/**
 * Checks service input with Bean Validation, whoever the caller is (a REST resource, a module, the
 * shell), and reports each violation in Romanian and English.
 */
@Component(service = InputValidator.class)
public final class InputValidator {

    private static final Locale ROMANIAN = Locale.forLanguageTag("ro");

    private final Validator validator;
    private final MessageInterpolator interpolator;

    @Activate
    public InputValidator(@Reference ValidatorFactory validation) {
        this.validator = validation.getValidator();
        this.interpolator = validation.getMessageInterpolator();
    }

    /** The violations of {@code input}, ordered by field; empty when it is valid. */
    public List<FieldViolation> violations(Object input) {
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        return violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessageTemplate))
                .map(v -> FieldViolation.of(v.getPropertyPath().toString(), LocalizedText.of(
                        ValidationMessages.interpolate(interpolator, v, ROMANIAN),
                        ValidationMessages.interpolate(interpolator, v, Locale.ENGLISH))))
                .toList();
    }

    /**
     * @throws InvalidInputException when {@code input} is missing or breaks a constraint
     */
    public <T> T check(T input) {
        if (input == null) {
            throw InvalidInputException.of("body", LocalizedText.of(
                    "lipsește conținutul cererii", "the request body is missing"));
        }
        List<FieldViolation> violations = violations(input);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return input;
    }
}
