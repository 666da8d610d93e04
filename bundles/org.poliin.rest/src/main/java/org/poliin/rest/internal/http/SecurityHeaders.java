package org.poliin.rest.internal.http;

import java.util.function.BiConsumer;

/**
 * The security headers of every answer of the server, API or not, and the one place that says what they
 * are:
 *
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}: a browser never guesses another type than the one sent;
 * <li>{@code Referrer-Policy: no-referrer}: addresses (which may hold ids) do not leak to other sites;
 * <li>{@code Content-Security-Policy}: strict, for anything that is HTML (the web console's pages): only
 * the server's own scripts, styles, images and connections, no inline script, no {@code eval}, no
 * plugins, no framing by other sites, forms posted only to the server;
 * <li>{@code X-Frame-Options: DENY}: the same "no framing" for browsers that know no CSP;
 * <li>{@code Strict-Transport-Security}, only on answers to requests that came over HTTPS (a browser
 * ignores it over plain HTTP, and plain HTTP on 8181 must stay usable for the demo and the tests).
 * </ul>
 */
public final class SecurityHeaders {

    public static final String CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";
    public static final String REFERRER_POLICY = "Referrer-Policy";
    public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    public static final String FRAME_OPTIONS = "X-Frame-Options";
    public static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";

    /** Only the server's own resources; nothing inline, nothing framed, no plugins. */
    public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";
    /** One year; subdomains are not included (the server may share its domain with others of the university). */
    public static final String HSTS = "max-age=31536000";

    private SecurityHeaders() {
    }

    /** Sets every header on an answer, through the given setter (which replaces any value already set). */
    public static void apply(boolean secure, BiConsumer<String, String> setHeader) {
        setHeader.accept(CONTENT_TYPE_OPTIONS, "nosniff");
        setHeader.accept(REFERRER_POLICY, "no-referrer");
        setHeader.accept(CONTENT_SECURITY_POLICY, POLICY);
        setHeader.accept(FRAME_OPTIONS, "DENY");
        if (secure) {
            setHeader.accept(STRICT_TRANSPORT_SECURITY, HSTS);
        }
    }
}
