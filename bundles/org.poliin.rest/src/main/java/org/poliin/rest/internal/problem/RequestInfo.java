package org.poliin.rest.internal.problem;

import java.util.Locale;

/**
 * What a problem needs to know about the request it answers.
 *
 * @param locale the language of the answer
 * @param method the HTTP method, or null when unknown
 * @param path the request path (no query: it may hold personal data), or null when unknown
 * @param contentType the request's Content-Type, or null
 */
public record RequestInfo(Locale locale, String method, String path, String contentType) {

    public static RequestInfo of(Locale locale) {
        return new RequestInfo(locale, null, null, null);
    }
}
