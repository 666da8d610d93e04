package org.poliin.security.internal.rest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.poliin.api.common.LocalizedText;
import org.poliin.api.rest.PlatformRest;
import org.poliin.api.rest.ProblemDTO;

/**
 * The RFC 9457 answers of the security filters. The body is serialized here rather than by the platform's
 * JSON provider: a filter that refuses a request must answer even when no provider is there, and a
 * {@code byte[]} entity is written as is by every JAX-RS runtime.
 */
public final class Problems {

    /** The challenge of a 401: Basic, with the charset (RFC 7617) in which we decode the credentials. */
    public static final String CHALLENGE = "Basic realm=\"POLI_IN\", charset=\"UTF-8\"";

    public static final LocalizedText UNAUTHENTICATED_TITLE =
            LocalizedText.of("Autentificare necesară", "Authentication required");
    public static final LocalizedText NO_CREDENTIALS = LocalizedText.of(
            "Cererea nu conține date de autentificare. Autentificați-vă cu numele de utilizator și parola (HTTP Basic).",
            "The request carries no credentials. Authenticate with your user name and password (HTTP Basic).");
    public static final LocalizedText BAD_CREDENTIALS = LocalizedText.of(
            "Numele de utilizator sau parola nu sunt corecte.",
            "The user name or the password is not correct.");
    public static final LocalizedText MALFORMED_CREDENTIALS = LocalizedText.of(
            "Antetul Authorization nu este valid: se așteaptă „Basic ” urmat de „nume:parolă” codificat UTF-8 și base64.",
            "The Authorization header is not valid: expected 'Basic ' followed by 'name:password' encoded in UTF-8 and base64.");
    public static final LocalizedText FORBIDDEN_TITLE = LocalizedText.of("Acces interzis", "Access denied");
    public static final LocalizedText FORBIDDEN = LocalizedText.of(
            "Rolurile dumneavoastră nu permit această operație.",
            "Your roles do not allow this operation.");
    public static final LocalizedText THROTTLED_TITLE = LocalizedText.of("Prea multe încercări", "Too many attempts");

    private Problems() {
    }

    /** 401 with the Basic challenge. */
    public static Response unauthenticated(ContainerRequestContext request, LocalizedText detail) {
        return problem(request, 401, "unauthenticated", UNAUTHENTICATED_TITLE, detail)
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .build();
    }

    /** 403: authenticated, but without a role that the resource method allows. */
    public static Response forbidden(ContainerRequestContext request) {
        return problem(request, 403, "forbidden", FORBIDDEN_TITLE, FORBIDDEN).build();
    }

    /** 429: too many failed logins for this user name; {@code Retry-After} says when to try again. */
    public static Response throttled(ContainerRequestContext request, long retryAfterSeconds) {
        LocalizedText detail = LocalizedText.of(
                "Prea multe autentificări eșuate pentru acest utilizator. Încercați din nou peste "
                        + retryAfterSeconds + " secunde.",
                "Too many failed logins for this user. Try again in " + retryAfterSeconds + " seconds.");
        return problem(request, 429, "too-many-attempts", THROTTLED_TITLE, detail)
                .header("Retry-After", Long.toString(retryAfterSeconds))
                .build();
    }

    private static Response.ResponseBuilder problem(ContainerRequestContext request, int status, String slug,
            LocalizedText title, LocalizedText detail) {
        Locale language = language(request.getAcceptableLanguages());
        ProblemDTO problem = new ProblemDTO();
        problem.type = ProblemDTO.typeUri(slug);
        problem.title = title.in(language);
        problem.status = status;
        problem.detail = detail.in(language);
        problem.instance = request.getUriInfo() == null ? null : request.getUriInfo().getRequestUri().getRawPath();
        return Response.status(status)
                .type(PlatformRest.PROBLEM_JSON)
                .language(language)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(json(problem).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Romanian or English: the first of the client's preferred languages (best first) that is one of them;
     * English when there is none.
     */
    public static Locale language(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale locale : acceptable) {
                String language = locale == null ? "" : locale.getLanguage();
                if ("ro".equals(language)) {
                    return Locale.forLanguageTag("ro");
                }
                if ("en".equals(language)) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** The problem as JSON, without the members that are not set. */
    public static String json(ProblemDTO problem) {
        StringBuilder json = new StringBuilder(256).append('{');
        member(json, "type", problem.type);
        member(json, "title", problem.title);
        comma(json).append("\"status\":").append(problem.status);
        member(json, "detail", problem.detail);
        member(json, "instance", problem.instance);
        member(json, "incident", problem.incident);
        if (problem.errors != null) {
            comma(json).append("\"errors\":[");
            for (ProblemDTO.FieldError error : problem.errors) {
                comma(json).append('{');
                member(json, "field", error.field);
                member(json, "message", error.message);
                json.append('}');
            }
            json.append(']');
        }
        return json.append('}').toString();
    }

    /** A comma unless the member or element is the first of its object or array. */
    private static StringBuilder comma(StringBuilder json) {
        char last = json.charAt(json.length() - 1);
        return last == '{' || last == '[' ? json : json.append(',');
    }

    private static void member(StringBuilder json, String name, String value) {
        if (value == null) {
            return;
        }
        comma(json).append('"').append(name).append("\":");
        string(json, value);
    }

    static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
