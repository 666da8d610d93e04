package org.poliin.rest.internal.problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.poliin.api.rest.PlatformRest;
import org.poliin.rest.internal.Extensions;
import org.poliin.rest.internal.PoliinExtension;
import org.poliin.rest.internal.validation.ViolationMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one exception mapper of the platform application: every failure becomes an
 * {@code application/problem+json} answer (see {@link ProblemFactory} for which meaning wins).
 *
 * <p>One mapper for {@code Throwable} rather than one per type: CXF picks the mapper of the closest
 * exception type, but failures often arrive wrapped (a {@code Fault}, a {@code RollbackException}), and
 * only a look at the whole cause chain finds what they mean. CXF ranks its own default
 * {@code WebApplicationException} mapper below every custom one, so this one also answers 404, 405, 406
 * and 415. A module may still register a mapper for its own exception type: being more specific, it wins.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@PoliinExtension(Extensions.PROBLEMS)
public final class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemExceptionMapper.class);
    private static final int MAX_ECHOED_LENGTH = 100;

    private final ProblemFactory problems;

    // Per-request proxies injected by JAX-RS: they cannot be constructor arguments of a DS component.
    @Context
    private HttpHeaders headers;
    @Context
    private UriInfo uriInfo;
    @Context
    private Request request;
    @Context
    private SecurityContext security;

    public ProblemExceptionMapper() {
        this(new ProblemFactory(new ViolationMessages()));
    }

    ProblemExceptionMapper(ProblemFactory problems) {
        this.problems = problems;
    }

    @Override
    public Response toResponse(Throwable failure) {
        RequestInfo info = requestInfo();
        try {
            ProblemAnswer answer = problems.create(failure, info);
            Response.ResponseBuilder response = Response.status(answer.status())
                    .type(PlatformRest.PROBLEM_JSON)
                    .header(HttpHeaders.CONTENT_LANGUAGE, Language.tag(info.locale()))
                    .entity(answer.problem());
            for (Map.Entry<String, List<Object>> header : answer.headers().entrySet()) {
                for (Object value : header.getValue()) {
                    response.header(header.getKey(), value);
                }
            }
            return response.build();
        } catch (RuntimeException | LinkageError e) {
            // a mapper that throws makes CXF print a stack trace to stderr and answer an empty 500
            LOG.error("Could not map a failure to a problem", e);
            LOG.error("The failure was", failure);
            return Response.serverError().build();
        }
    }

    /** What is known of the request; outside a request (or in a test) the proxies may be empty. */
    RequestInfo requestInfo() {
        Locale locale = Language.EN;
        String method = null;
        String path = null;
        String contentType = null;
        try {
            if (headers != null) {
                locale = Language.choose(headers.getAcceptableLanguages());
                contentType = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
            }
        } catch (RuntimeException e) {
            LOG.debug("No request headers", e);
        }
        try {
            if (uriInfo != null) {
                path = uriInfo.getRequestUri().getRawPath();
            }
        } catch (RuntimeException e) {
            LOG.debug("No request URI", e);
        }
        try {
            if (request != null) {
                method = request.getMethod();
            }
        } catch (RuntimeException e) {
            LOG.debug("No request method", e);
        }
        boolean authenticated = true;
        try {
            if (security != null) {
                authenticated = security.getUserPrincipal() != null;
            }
        } catch (RuntimeException e) {
            LOG.debug("No security context", e);
        }
        return new RequestInfo(locale, method, path, truncate(contentType), authenticated);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_ECHOED_LENGTH ? text : text.substring(0, MAX_ECHOED_LENGTH) + "…";
    }
}
