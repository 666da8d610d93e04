package org.poliin.rest.internal.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import javax.validation.ConstraintViolationException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.FieldViolation;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.errors.PlatformException;
import org.poliin.api.rest.ProblemDTO;
import org.poliin.rest.internal.validation.ViolationMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Turns any failure into an RFC 9457 problem in the caller's language. The most specific meaning found
 * anywhere in the chain of causes wins, in this order: a bad parameter, a {@link PlatformException}, a
 * Bean Validation failure, an optimistic lock failure, a JSON reading error, an HTTP error of JAX-RS;
 * anything else is an internal error, logged with its stack trace under an incident id that the answer
 * repeats. No answer ever carries a stack trace or an exception's own message.
 *
 * <p>Causes are searched because failures arrive wrapped: CXF wraps what a reader interceptor throws in
 * a {@code Fault}, JPA wraps the optimistic lock failure in a {@code RollbackException}, a transaction
 * template in its own runtime exception.
 */
public final class ProblemFactory {


    /**
     * Optimistic lock failures, recognised by name: this bundle needs no JPA import, so it cannot be wired to
     * another javax.persistence exporter than EclipseLink's (Karaf installs two).
     */
    private static final Set<String> OPTIMISTIC_LOCK_FAILURES = Set.of(
            "javax.persistence.OptimisticLockException",
            "jakarta.persistence.OptimisticLockException",
            "org.eclipse.persistence.exceptions.OptimisticLockException");

    /** Headers of a JAX-RS error answer that still hold for the problem that replaces it. */
    private static final Set<String> KEPT_HEADERS = Set.of(
            "allow", "www-authenticate", "retry-after", "location", "proxy-authenticate", "accept-post",
            "accept-patch");

    private static final int MAX_CAUSES = 32;

    private final ViolationMessages violationMessages;
    private final Logger log;

    public ProblemFactory(ViolationMessages violationMessages) {
        this(violationMessages, LoggerFactory.getLogger(ProblemFactory.class));
    }

    ProblemFactory(ViolationMessages violationMessages, Logger log) {
        this.violationMessages = violationMessages;
        this.log = log;
    }

    public ProblemAnswer create(Throwable failure, RequestInfo request) {
        List<Throwable> chain = causes(failure);
        InvalidParameterException parameter = first(chain, InvalidParameterException.class);
        if (parameter != null) {
            return invalidInput(request, LocalizedText.of("Un parametru al cererii are o valoare nevalidă.",
                    "A parameter of the request has an invalid value."), List.of(parameter.violation()));
        }
        PlatformException platform = first(chain, PlatformException.class);
        if (platform != null) {
            return platform(platform, request);
        }
        ConstraintViolationException violations = first(chain, ConstraintViolationException.class);
        if (violations != null) {
            return invalidInput(request, LocalizedText.of("Datele trimise nu sunt valide.", "The input is not valid."),
                    violationMessages.violations(violations.getConstraintViolations()));
        }
        UnreadableBodyException body = first(chain, UnreadableBodyException.class);
        if (body != null) {
            return body(body, request);
        }
        if (chain.stream().anyMatch(ProblemFactory::isOptimisticLockFailure)) {
            return staleRecord(request);
        }
        if (chain.stream().anyMatch(ProblemFactory::isIntegrityViolation)) {
            // The database refused a write (a unique key, a foreign key) that the services' own checks
            // let through, usually because two requests raced: the caller's conflict, not a server fault.
            ProblemDTO problem = problem(409, "conflict", LocalizedText.of("Conflict cu starea curentă",
                    "Conflict with the current state"), LocalizedText.of(
                            "Baza de date a refuzat modificarea: o altă înregistrare o contrazice (de exemplu un cod "
                                    + "deja folosit). Citiți datele din nou și repetați.",
                            "The database refused the change: another record contradicts it (for example a code "
                                    + "already in use). Read the data again and repeat."), request);
            log.debug("{} {} answered 409 (integrity constraint)", request.method(), request.path());
            return new ProblemAnswer(409, problem, Map.of());
        }
        for (Throwable cause : chain) {
            if (cause instanceof JsonProcessingException json && JsonErrors.isClientError(json)) {
                return json(json, request);
            }
        }
        WebApplicationException http = first(chain, WebApplicationException.class);
        if (http != null) {
            return http(http, request);
        }
        if (chain.stream().anyMatch(ProblemFactory::isClientGone)) {
            // The client closed the connection while the answer was written: nothing failed on the
            // server, and no one will read this answer. Not an incident.
            log.debug("{} {}: the client went away before the answer was written", request.method(), request.path());
            return new ProblemAnswer(500, problem(500, "client-gone", LocalizedText.of("Client deconectat",
                    "Client gone"), null, request), Map.of());
        }
        return internalError(failure, request);
    }

    /** SQLSTATE class 23: an integrity constraint (unique, foreign key, not null) refused the write. */
    static boolean isIntegrityViolation(Throwable failure) {
        return failure instanceof java.sql.SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith("23");
    }

    /** A write to a connection the client closed (Jetty's EofException, a broken pipe, a reset). */
    static boolean isClientGone(Throwable failure) {
        if (!(failure instanceof java.io.IOException)) {
            return false;
        }
        String message = String.valueOf(failure.getMessage());
        return failure.getClass().getName().equals("org.eclipse.jetty.io.EofException")
                || message.contains("Broken pipe") || message.contains("Connection reset by peer");
    }

    private ProblemAnswer platform(PlatformException e, RequestInfo request) {
        Locale locale = request.locale();
        ProblemDTO problem = problem(e.status(), e.problemType(), e.title(), e.detail(), request);
        if (e instanceof InvalidInputException invalid) {
            problem.errors = fieldErrors(invalid.violations(), locale);
        }
        log.debug("{} {} answered {} {}", request.method(), request.path(), e.status(), e.problemType());
        return new ProblemAnswer(e.status(), problem, Map.of());
    }

    private ProblemAnswer invalidInput(RequestInfo request, LocalizedText detail, List<FieldViolation> violations) {
        ProblemDTO problem = problem(400, "invalid-input", LocalizedText.of("Date invalide", "Invalid input"), detail,
                request);
        problem.errors = fieldErrors(violations, request.locale());
        log.debug("{} {} answered 400 invalid-input", request.method(), request.path());
        return new ProblemAnswer(400, problem, Map.of());
    }

    private ProblemAnswer staleRecord(RequestInfo request) {
        ProblemDTO problem = problem(409, "stale-record",
                LocalizedText.of("Înregistrare modificată între timp", "Record changed meanwhile"),
                LocalizedText.of("Înregistrarea a fost modificată de altcineva între timp. Citiți-o din nou și "
                        + "repetați modificarea.",
                        "The record was changed by someone else meanwhile. Read it again and repeat your change."),
                request);
        log.debug("{} {} answered 409 stale-record", request.method(), request.path());
        return new ProblemAnswer(409, problem, Map.of());
    }

    private ProblemAnswer json(JsonProcessingException e, RequestInfo request) {
        if (JsonErrors.isSyntaxError(e)) {
            ProblemDTO problem = problem(400, "malformed-json",
                    LocalizedText.of("JSON nevalid", "Malformed JSON"), JsonErrors.syntaxDetail(e), request);
            return new ProblemAnswer(400, problem, Map.of());
        }
        return invalidInput(request, LocalizedText.of("Datele trimise nu au forma așteptată.",
                "The input does not have the expected shape."), JsonErrors.violations(e));
    }

    /**
     * A body the JSON reader failed on: 413 beyond the document length, {@code malformed-json} when it is
     * not JSON (or not text), {@code invalid-input} naming the field otherwise.
     */
    private ProblemAnswer body(UnreadableBodyException e, RequestInfo request) {
        List<Throwable> inner = causes(e.getCause());
        String field = JsonErrors.field(inner, e.location());
        StreamConstraintsException limit = first(inner, StreamConstraintsException.class);
        if (limit != null) {
            if (JsonErrors.isDocumentTooLong(limit)) {
                HttpProblems.Kind kind = HttpProblems.of(413, request);
                log.debug("{} {} answered 413 (body too long)", request.method(), request.path());
                return new ProblemAnswer(413, problem(413, kind.type(), kind.title(), kind.detail(), request),
                        Map.of());
            }
            return invalidInput(request, LocalizedText.of("Datele trimise depășesc limitele permise.",
                    "The input exceeds the allowed limits."),
                    List.of(FieldViolation.of(field, JsonErrors.limitMessage(limit))));
        }
        // a syntax error deep in the chain wins: databind wraps the parser's failure with the field's path
        JsonProcessingException syntax = null;
        for (Throwable cause : inner) {
            if (cause instanceof JsonProcessingException candidate && JsonErrors.isSyntaxError(candidate)) {
                syntax = candidate;
            }
        }
        JsonProcessingException json = first(inner, JsonProcessingException.class);
        if (json == null || syntax != null) {
            ProblemDTO problem = problem(400, "malformed-json", LocalizedText.of("JSON nevalid", "Malformed JSON"),
                    syntax == null ? JsonErrors.encodingDetail() : JsonErrors.syntaxDetail(syntax), request);
            problem.errors = fieldErrors(List.of(FieldViolation.of(field,
                    syntax == null ? JsonErrors.encodingMessage() : JsonErrors.syntaxMessage(syntax))),
                    request.locale());
            log.debug("{} {} answered 400 malformed-json", request.method(), request.path());
            return new ProblemAnswer(400, problem, Map.of());
        }
        return invalidInput(request, LocalizedText.of("Datele trimise nu au forma așteptată.",
                "The input does not have the expected shape."),
                List.of(FieldViolation.of(field, JsonErrors.violations(json).get(0).message)));
    }

    /** What JAX-RS answers when it finds no method for a request: 404, 405, 406, 415. */
    private static final Set<Integer> ANONYMOUS_MATCHING_FAILURES = Set.of(404, 405, 406, 415);
    /** The challenge of the security bundle's 401 answers, repeated for the ones raised here. */
    static final String BASIC_CHALLENGE = "Basic realm=\"POLI_IN\", charset=\"UTF-8\"";

    private ProblemAnswer http(WebApplicationException e, RequestInfo request) {
        Response response = e.getResponse();
        int status = response == null ? 500 : response.getStatus();
        if (status == 404 && e.getCause() != null && !(e.getCause() instanceof WebApplicationException)) {
            // JAX-RS answers 404 for a path or query parameter it could not convert; it is the caller's
            // mistake in a request that did reach a resource: 400.
            return invalidInput(request, LocalizedText.of(
                    "Un parametru din adresă sau din interogare are o valoare de formă greșită.",
                    "A path or query parameter has a value of the wrong form."), List.of());
        }
        if (status >= 500 && status != 503) {
            return internalError(e, request);
        }
        if (!request.authenticated() && ANONYMOUS_MATCHING_FAILURES.contains(status)) {
            // An anonymous caller learns nothing about which paths, methods or formats exist: every
            // non-public request is first of all a request that needs a login.
            HttpProblems.Kind kind = HttpProblems.of(401, request);
            return new ProblemAnswer(401, problem(401, kind.type(), kind.title(), kind.detail(), request),
                    Map.of(HttpHeaders.WWW_AUTHENTICATE, List.<Object>of(BASIC_CHALLENGE)));
        }
        HttpProblems.Kind kind = HttpProblems.of(status, request);
        ProblemDTO problem = problem(status, kind.type(), kind.title(), kind.detail(), request);
        log.debug("{} {} answered {}", request.method(), request.path(), status);
        return new ProblemAnswer(status, problem, keptHeaders(response));
    }

    private ProblemAnswer internalError(Throwable e, RequestInfo request) {
        String incident = UUID.randomUUID().toString();
        log.error("Incident {}: {} {} failed", incident, request.method(), request.path(), e);
        ProblemDTO problem = problem(500, "internal-error", LocalizedText.of("Eroare internă", "Internal error"),
                LocalizedText.of("A apărut o eroare neașteptată. Dacă se repetă, comunicați administratorului "
                        + "codul incidentului: " + incident + ".",
                        "An unexpected error occurred. If it happens again, give the administrator the incident id: "
                                + incident + "."),
                request);
        problem.incident = incident;
        return new ProblemAnswer(500, problem, Map.of());
    }

    private static ProblemDTO problem(int status, String slug, LocalizedText title, LocalizedText detail,
            RequestInfo request) {
        ProblemDTO problem = new ProblemDTO();
        problem.type = ProblemDTO.typeUri(slug);
        problem.status = status;
        problem.title = title.in(request.locale());
        problem.detail = detail == null ? null : detail.in(request.locale());
        problem.instance = request.path();
        return problem;
    }

    private static List<ProblemDTO.FieldError> fieldErrors(List<FieldViolation> violations, Locale locale) {
        List<ProblemDTO.FieldError> errors = new ArrayList<>();
        for (FieldViolation violation : violations) {
            errors.add(ProblemDTO.FieldError.of(violation.field,
                    violation.message == null ? null : violation.message.in(locale)));
        }
        return errors;
    }

    private static Map<String, List<Object>> keptHeaders(Response response) {
        Map<String, List<Object>> kept = new LinkedHashMap<>();
        if (response == null) {
            return kept;
        }
        for (Map.Entry<String, List<Object>> header : response.getMetadata().entrySet()) {
            String name = header.getKey();
            if (name != null && KEPT_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && header.getValue() != null) {
                List<Object> values = header.getValue().stream().filter(Objects::nonNull).toList();
                if (!values.isEmpty()) {
                    kept.put(name, values);
                }
            }
        }
        return kept;
    }

    static boolean isOptimisticLockFailure(Throwable e) {
        for (Class<?> type = e.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            if (OPTIMISTIC_LOCK_FAILURES.contains(type.getName())) {
                return true;
            }
        }
        return false;
    }

    private static <T> T first(List<Throwable> chain, Class<T> type) {
        for (Throwable cause : chain) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** The failure and its causes, outermost first, each once (cause chains can loop). */
    static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && chain.size() < MAX_CAUSES && seen.add(cause);
                cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
