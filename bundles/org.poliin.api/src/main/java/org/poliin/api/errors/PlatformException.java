package org.poliin.api.errors;

import java.util.Locale;
import java.util.Objects;

import org.poliin.api.common.LocalizedText;

/**
 * A failure that the caller can understand and act on. The REST layer answers it with an RFC 9457
 * problem: {@link #problemType()} names the kind of problem, {@link #status()} the HTTP status and
 * {@link #detail()} what happened, in Romanian and English.
 */
public abstract class PlatformException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final LocalizedText detail;

    protected PlatformException(LocalizedText detail) {
        super(Objects.requireNonNull(detail, "detail").en);
        this.detail = detail;
    }

    /** The kind of problem, a short stable slug such as {@code not-found}; part of the problem type URI. */
    public abstract String problemType();

    /** The HTTP status that matches the problem. */
    public abstract int status();

    /** A short title of the kind of problem. */
    public abstract LocalizedText title();

    /** What happened in this case. */
    public LocalizedText detail() {
        return detail;
    }

    public String detail(Locale locale) {
        return detail.in(locale);
    }
}
