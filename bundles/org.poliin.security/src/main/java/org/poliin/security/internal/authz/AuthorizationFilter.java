package org.poliin.security.internal.authz;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;

import java.util.Optional;

import javax.ws.rs.core.SecurityContext;

import org.poliin.api.security.PlatformUser;
import org.poliin.security.internal.auth.LogText;
import org.poliin.security.internal.auth.PlatformSecurityContext;
import org.poliin.security.internal.rest.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces the {@link AccessRule} of the one resource method it is bound to by {@link AuthorizationFeature}.
 * The user is read from the request's own security context, and only one set by this bundle's
 * authentication filter counts: were that filter missing, every request would be anonymous here (fail
 * closed), never the user a thread-local kept from an earlier request.
 */
@Priority(Priorities.AUTHORIZATION)
public final class AuthorizationFilter implements ContainerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationFilter.class);

    private final AccessRule rule;

    public AuthorizationFilter(AccessRule rule) {
        this.rule = rule;
    }

    public AccessRule rule() {
        return rule;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<PlatformUser> user = user(request.getSecurityContext());
        switch (rule.decide(user)) {
            case ALLOW -> {
                // nothing to do
            }
            case UNAUTHENTICATED -> request.abortWith(Problems.unauthenticated(request, Problems.NO_CREDENTIALS));
            case FORBIDDEN -> {
                LOG.info("Denied {} {} to user '{}' ({} on {})", request.getMethod(),
                        request.getUriInfo() == null ? "?" : LogText.safe(request.getUriInfo().getRequestUri().getRawPath()),
                        user.map(u -> LogText.safe(u.name())).orElse(""), rule.kind(), rule.declaredOn());
                request.abortWith(Problems.forbidden(request));
            }
        }
    }

    static Optional<PlatformUser> user(SecurityContext context) {
        return context instanceof PlatformSecurityContext platform ? Optional.of(platform.user()) : Optional.empty();
    }
}
