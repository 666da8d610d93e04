package org.poliin.rest.internal.problem;

import java.util.Locale;

/**
 * What a problem needs to know about the request it answers.
 *
 * @param locale the language of the answer
 * @param method the HTTP method, or null when unknown
 * @param path the request path (no query: it may hold personal data), or null when unknown
 * @param contentType the request's Content-Type, or null
 * @param authenticated whether the caller logged in (valid credentials were checked before matching)
 */
public record RequestInfo(Locale locale, String method, String path, String contentType, boolean authenticated) {

    /** A request of an authenticated caller. */
    public RequestInfo(Locale locale, String method, String path, String contentType) {
        this(locale, method, path, contentType, true);
    }

    public static RequestInfo of(Locale locale) {
        return new RequestInfo(locale, null, null, null);
    }
}
