package org.poliin.rest.internal.problem;

import javax.ws.rs.BadRequestException;

import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.FieldViolation;

/**
 * A path, query, header, matrix, form or cookie parameter whose value cannot be converted. A
 * {@link BadRequestException} so that CXF passes it through as it is (it would turn an
 * {@code IllegalArgumentException} of a query parameter into a 404, as JAX-RS prescribes).
 */
public final class InvalidParameterException extends BadRequestException {

    private static final long serialVersionUID = 1L;

    private final transient FieldViolation violation;

    public InvalidParameterException(String parameter, LocalizedText message) {
        super("Invalid parameter " + parameter);
        this.violation = FieldViolation.of(parameter, message);
    }

    public FieldViolation violation() {
        return violation;
    }
}
