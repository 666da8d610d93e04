package org.poliin.rest.internal.validation;

import java.io.IOException;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.validation.ConstraintViolation;
import javax.validation.ConstraintViolationException;
import javax.validation.Validator;
import javax.ws.rs.ext.ReaderInterceptor;
import javax.ws.rs.ext.ReaderInterceptorContext;

/**
 * Validates the body of one resource method once it is read: a missing ({@code null}) body where one
 * is required is a 400, and with {@code @Valid} every constraint of the body (and, for a JSON array,
 * of each element) is checked; violations are thrown as a {@link ConstraintViolationException}, which
 * the problem mapper answers with 400 and the fields at fault.
 */
final class ValidatingReaderInterceptor implements ReaderInterceptor {

    private final Validator validator;
    private final EntityParameter parameter;

    ValidatingReaderInterceptor(Validator validator, EntityParameter parameter) {
        this.validator = validator;
        this.parameter = parameter;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object entity = context.proceed();
        check(entity);
        return entity;
    }

    void check(Object entity) {
        if (entity == null) {
            if (parameter.required()) {
                throw MissingBody.exception();
            }
            return;
        }
        if (!parameter.validate()) {
            return;
        }
        Set<ConstraintViolation<?>> violations = new LinkedHashSet<>();
        if (entity instanceof Collection<?> elements) {
            int index = 0;
            for (Object element : elements) {
                validateElement(element, index++, violations);
            }
        } else if (entity.getClass().isArray() && !entity.getClass().getComponentType().isPrimitive()) {
            for (int index = 0; index < Array.getLength(entity); index++) {
                validateElement(Array.get(entity, index), index, violations);
            }
        } else {
            violations.addAll(validator.validate(entity));
        }
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private void validateElement(Object element, int index, Set<ConstraintViolation<?>> violations) {
        if (element == null) {
            return;
        }
        for (ConstraintViolation<Object> violation : validator.validate(element)) {
            violations.add(new ElementViolation(violation, index));
        }
    }
}
