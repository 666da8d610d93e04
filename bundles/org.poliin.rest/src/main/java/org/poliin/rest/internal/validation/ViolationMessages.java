package org.poliin.rest.internal.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.validation.ConstraintViolation;
import javax.validation.MessageInterpolator;
import javax.validation.ValidationException;
import javax.validation.metadata.ConstraintDescriptor;

import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.FieldViolation;

/**
 * Gives each constraint violation its message in Romanian and in English, by interpolating the
 * violation's message template once per language (the violation itself carries a message in one
 * language only), with {@link PlatformMessageInterpolator}. A template it cannot resolve (a module's
 * custom message key, an EL expression) keeps the message the violation came with, in both languages.
 */
public final class ViolationMessages {

    /** A message key or an EL expression left in the text: the interpolation did not work out. */
    private static final Pattern UNRESOLVED =
            Pattern.compile("\\{[A-Za-z_][A-Za-z0-9_-]*\\.[A-Za-z0-9_.$-]+\\}|\\$\\{");
    private static final Locale ROMANIAN = Locale.forLanguageTag("ro");

    private final MessageInterpolator interpolator;

    public ViolationMessages() {
        this(BeanValidation.newInterpolator());
    }

    ViolationMessages(MessageInterpolator interpolator) {
        this.interpolator = interpolator;
    }

    /** The violations as field errors with bilingual messages, ordered by field. */
    public List<FieldViolation> violations(Set<? extends ConstraintViolation<?>> violations) {
        List<FieldViolation> result = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            result.add(FieldViolation.of(ViolationPaths.render(violation), message(violation)));
        }
        result.sort(Comparator.comparing((FieldViolation v) -> v.field == null ? "" : v.field)
                .thenComparing(v -> v.message.en));
        return result;
    }

    public LocalizedText message(ConstraintViolation<?> violation) {
        return LocalizedText.of(interpolate(violation, ROMANIAN), interpolate(violation, Locale.ENGLISH));
    }

    private String interpolate(ConstraintViolation<?> violation, Locale locale) {
        String fallback = violation.getMessage() == null ? "" : violation.getMessage();
        String template = violation.getMessageTemplate();
        if (template == null || violation.getConstraintDescriptor() == null) {
            return fallback;
        }
        try {
            Context context = new Context(violation.getConstraintDescriptor(), violation.getInvalidValue());
            String message = interpolator.interpolate(template, context, locale);
            return message == null || UNRESOLVED.matcher(message).find() ? fallback : message;
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    /** What the interpolator may ask about the violation. */
    private record Context(ConstraintDescriptor<?> descriptor, Object value) implements MessageInterpolator.Context {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return descriptor;
        }

        @Override
        public Object getValidatedValue() {
            return value;
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new ValidationException("Cannot unwrap to " + type.getName());
        }
    }
}
