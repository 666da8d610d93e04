package org.poliin.api.errors;

import java.util.List;

import org.poliin.api.common.LocalizedText;

/** The input breaks one or more rules (HTTP 400); {@link #violations()} says which field and why. */
public class InvalidInputException extends PlatformException {

    private static final long serialVersionUID = 1L;

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        this(LocalizedText.of("Datele trimise nu sunt valide.", "The input is not valid."), violations);
    }

    public InvalidInputException(LocalizedText detail, List<FieldViolation> violations) {
        super(detail);
        this.violations = List.copyOf(violations);
    }

    /** One field is wrong. */
    public static InvalidInputException of(String field, LocalizedText message) {
        return new InvalidInputException(List.of(FieldViolation.of(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    @Override
    public String problemType() {
        return "invalid-input";
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public LocalizedText title() {
        return LocalizedText.of("Date invalide", "Invalid input");
    }
}
