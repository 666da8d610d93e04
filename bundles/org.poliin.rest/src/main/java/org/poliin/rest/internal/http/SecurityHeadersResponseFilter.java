package org.poliin.rest.internal.http;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.poliin.api.rest.PlatformRest;
import org.poliin.rest.internal.Extensions;
import org.poliin.rest.internal.PoliinExtension;

/**
 * The {@linkplain SecurityHeaders security headers} on every answer of the API, errors and refused logins
 * included. The application requires this extension: the API is not served without them, even if the
 * server-wide {@link SecurityHeadersFilter} were missing. A request is secure when it came over HTTPS
 * (the request URI's scheme, or the security context's word for it, which honours a trusted proxy).
 */
@Component(service = ContainerResponseFilter.class)
@JaxrsExtension
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@PoliinExtension(Extensions.SECURITY_HEADERS)
@Priority(Priorities.HEADER_DECORATOR)
public final class SecurityHeadersResponseFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        SecurityHeaders.apply(isSecure(request), response.getHeaders()::putSingle);
    }

    static boolean isSecure(ContainerRequestContext request) {
        if (request.getSecurityContext() != null && request.getSecurityContext().isSecure()) {
            return true;
        }
        return request.getUriInfo() != null && request.getUriInfo().getRequestUri() != null
                && "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme());
    }
}
