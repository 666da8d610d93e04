package org.poliin.core.internal.validation;

import java.util.Locale;

import javax.validation.ConstraintViolation;
import javax.validation.MessageInterpolator;
import javax.validation.ValidationException;
import javax.validation.metadata.ConstraintDescriptor;

/** Interpolates a violation's message again in another language (a violation carries one language only). */
final class ValidationMessages {

    private ValidationMessages() {
    }

    static String interpolate(MessageInterpolator interpolator, ConstraintViolation<?> violation, Locale locale) {
        return interpolator.interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <U> U unwrap(Class<U> type) {
                throw new ValidationException("not supported: " + type);
            }
        }, locale);
    }
}
