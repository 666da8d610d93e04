package org.poliin.rest.internal.http;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.poliin.api.rest.PlatformRest;
import org.poliin.rest.internal.Extensions;
import org.poliin.rest.internal.PoliinExtension;

/**
 * {@code Cache-Control: no-store} on every answer of the API, errors included: the platform holds data
 * about minors and vulnerable people, which must not stay in a browser's or a proxy's cache. It replaces
 * whatever a resource set: no module can opt out by mistake.
 */
@Component(service = ContainerResponseFilter.class)
@JaxrsExtension
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@PoliinExtension(Extensions.NO_STORE)
@Priority(Priorities.HEADER_DECORATOR)
public final class NoStoreFilter implements ContainerResponseFilter {

    static final String NO_STORE = "no-store";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
        // HTTP/1.0 caches know no Cache-Control
        response.getHeaders().putSingle("Pragma", "no-cache");
    }
}
