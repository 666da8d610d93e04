package org.poliin.rest.internal.problem;

import java.util.List;
import java.util.Map;

import org.poliin.api.rest.ProblemDTO;

/**
 * A problem, ready to be sent.
 *
 * @param status the HTTP status
 * @param problem the body
 * @param headers headers to keep from the original answer ({@code Allow} of a 405,
 *     {@code WWW-Authenticate} of a 401, {@code Retry-After} of a 503)
 */
public record ProblemAnswer(int status, ProblemDTO problem, Map<String, List<Object>> headers) {

    public ProblemAnswer {
        headers = Map.copyOf(headers);
    }
}
