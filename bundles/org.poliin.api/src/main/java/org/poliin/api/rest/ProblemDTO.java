package org.poliin.api.rest;

import java.util.List;

import org.osgi.dto.DTO;

/**
 * An error answer, as RFC 9457 defines it ({@code application/problem+json}). Texts are in the
 * language the request asked for (Accept-Language: {@code ro} or {@code en}).
 */
public class ProblemDTO extends DTO {

    /** The problem type URI: {@code urn:poliin:problem:<slug>}. */
    public String type;
    public String title;
    public int status;
    public String detail;
    /** The request path. */
    public String instance;
    /** For invalid input: each field at fault and why. */
    public List<FieldError> errors;
    /** For an unexpected failure: the id under which it is logged on the server. */
    public String incident;

    /** One field at fault. */
    public static class FieldError extends DTO {
        public String field;
        public String message;

        public static FieldError of(String field, String message) {
            FieldError error = new FieldError();
            error.field = field;
            error.message = message;
            return error;
        }
    }

    public static String typeUri(String slug) {
        return "urn:poliin:problem:" + slug;
    }
}
