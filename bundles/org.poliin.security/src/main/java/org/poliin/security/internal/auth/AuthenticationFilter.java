package org.poliin.security.internal.auth;

import java.util.Optional;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.PreMatching;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.poliin.api.rest.PlatformRest;
import org.poliin.api.security.CurrentUser;
import org.poliin.security.internal.rest.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates HTTP Basic credentials against the realm {@code poliin} and makes the user the request's
 * {@link SecurityContext} and {@link CurrentUser}.
 *
 * <p>A request without credentials goes on anonymously; the authorization filter that follows lets it reach
 * {@code @PermitAll} methods only and answers 401 elsewhere. Credentials that are present are always
 * checked, and wrong ones answer 401 even on a {@code @PermitAll} method: the client learns at once that
 * they are wrong, and a permitted method still sees who calls it. This needs no knowledge of the matched
 * method here, which the authorization filter has from its {@code DynamicFeature} binding.
 *
 * <p>It runs before the request is matched to a resource, so that even a request for a path, method or
 * format that does not exist is answered as that of a known user or of an anonymous one (who learns no
 * more than "log in").
 *
 * <p>It references that feature without using it: this filter exists only while the role checks do, so
 * the application is never served with authentication but without authorization.
 *
 * <p>The client address given to the login throttle, and whether the request counts as secure, are those
 * {@link TrustedProxies} derives from the connection and, behind a trusted reverse proxy, from its
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto}.
 */
@Component(service = ContainerRequestFilter.class, property = SecurityExtension.PROPERTY)
@JaxrsExtension
@JaxrsName("poliin.security.authentication")
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Priority(Priorities.AUTHENTICATION)
@PreMatching
public final class AuthenticationFilter implements ContainerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AuthenticationFilter.class);
    /** The {@code osgi.jaxrs.name} of the authorization feature (a constant there, repeated for the annotation). */
    static final String AUTHORIZATION_FEATURE = "poliin.security.authorization";
    static final String FORWARDED_FOR = "X-Forwarded-For";
    static final String FORWARDED_PROTO = "X-Forwarded-Proto";

    private final Authenticator authenticator;
    private final RequestUserHolder holder;
    private final TrustedProxies proxies;
    /** A per-request proxy injected by JAX-RS (it cannot be a constructor argument of a DS component). */
    @Context
    private HttpServletRequest servletRequest;

    @Activate
    public AuthenticationFilter(@Reference Authenticator authenticator, @Reference RequestUserHolder holder,
            @Reference(target = "(osgi.jaxrs.name=" + AUTHORIZATION_FEATURE + ")") DynamicFeature authorization,
            @Reference TrustedProxies proxies) {
        this.authenticator = authenticator;
        this.holder = holder;
        this.proxies = proxies;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // First of all, so that nothing a previous request left on this pool thread survives.
        holder.begin(Reasons.normalize(request.getHeaderString(CurrentUser.REASON_HEADER)));

        Optional<BasicCredentials> credentials;
        try {
            credentials = BasicCredentials.parse(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        } catch (IllegalArgumentException e) {
            LOG.info("Refused malformed Basic credentials on {} {}: {}", request.getMethod(), path(request),
                    e.getMessage());
            request.abortWith(Problems.unauthenticated(request, Problems.MALFORMED_CREDENTIALS));
            return;
        }
        if (credentials.isEmpty()) {
            return;
        }
        ClientAddress client = proxies.resolve(peer(), isSecure(request),
                request.getHeaders() == null ? null : request.getHeaders().get(FORWARDED_FOR),
                request.getHeaders() == null ? null : request.getHeaders().get(FORWARDED_PROTO));
        AuthOutcome outcome = authenticator.authenticate(credentials.get().user(), credentials.get().password(),
                client.address());
        if (outcome instanceof AuthOutcome.Authenticated authenticated) {
            holder.authenticated(authenticated.user());
            request.setSecurityContext(new PlatformSecurityContext(authenticated.user(), client.secure()));
        } else if (outcome instanceof AuthOutcome.Throttled throttled) {
            request.abortWith(Problems.throttled(request, throttled.retryAfterSeconds()));
        } else {
            request.abortWith(Problems.unauthenticated(request, Problems.BAD_CREDENTIALS));
        }
    }

    /** The direct peer's address, as the HTTP server saw it (a reverse proxy's, behind one). */
    private String peer() {
        try {
            return servletRequest == null ? "" : String.valueOf(servletRequest.getRemoteAddr());
        } catch (RuntimeException outsideARequest) {
            return "";
        }
    }

    private static boolean isSecure(ContainerRequestContext request) {
        SecurityContext original = request.getSecurityContext();
        if (original != null) {
            return original.isSecure();
        }
        return request.getUriInfo() != null && "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme());
    }

    private static String path(ContainerRequestContext request) {
        return request.getUriInfo() == null ? "?" : LogText.safe(request.getUriInfo().getRequestUri().getRawPath());
    }
}
