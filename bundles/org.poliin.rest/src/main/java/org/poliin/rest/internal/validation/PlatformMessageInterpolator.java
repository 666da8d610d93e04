package org.poliin.rest.internal.validation;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.validation.MessageInterpolator;

/**
 * Constraint messages without Expression Language: a template that is one message key is first looked
 * up in the platform's own texts ({@code Messages*.properties} beside this class: better Romanian, and
 * DecimalMin/DecimalMax without the EL that Hibernate's need), then Hibernate Validator's
 * {@code ParameterMessageInterpolator} resolves the other keys and the {@code {min}}-style parameters.
 */
public final class PlatformMessageInterpolator implements MessageInterpolator {

    private static final String BUNDLE = "org.poliin.rest.internal.validation.Messages";
    private static final Pattern SINGLE_KEY = Pattern.compile("\\{([A-Za-z0-9_.$-]+)\\}");
    // No fallback to the server's default locale: English must stay English on a Romanian server.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final MessageInterpolator hibernate;

    PlatformMessageInterpolator(MessageInterpolator hibernate) {
        this.hibernate = hibernate;
    }

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Locale.getDefault());
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        return hibernate.interpolate(override(template, context, locale), context, locale);
    }

    /** The platform's text for a template that is one message key, if it has one. */
    static String override(String template, Context context, Locale locale) {
        if (template == null) {
            return null;
        }
        Matcher matcher = SINGLE_KEY.matcher(template.trim());
        if (!matcher.matches()) {
            return template;
        }
        String key = matcher.group(1);
        if (context != null && context.getConstraintDescriptor() != null
                && Boolean.FALSE.equals(context.getConstraintDescriptor().getAttributes().get("inclusive"))) {
            key = key + ".exclusive";
        }
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    PlatformMessageInterpolator.class.getClassLoader(), NO_FALLBACK);
            return bundle.containsKey(key) ? bundle.getString(key) : template;
        } catch (MissingResourceException e) {
            return template;
        }
    }
}
