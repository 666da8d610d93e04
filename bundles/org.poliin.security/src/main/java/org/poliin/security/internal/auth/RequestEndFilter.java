package org.poliin.security.internal.auth;

import java.io.IOException;

import javax.annotation.Priority;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.ext.WriterInterceptor;
import javax.ws.rs.ext.WriterInterceptorContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.poliin.api.rest.PlatformRest;

/**
 * Ends the request's current user. An answer without a body ends it in the response filter; an answer
 * with a body ends it once the body is written, because a streamed body (a CSV export) runs its code, and
 * may write audit entries on behalf of the user, only then. Priority 1 makes this the last response filter
 * and the outermost writer interceptor. Should neither run (a failure inside the runtime), the next request
 * on the thread starts afresh in the authentication filter anyway.
 *
 * <p>It does not carry {@code poliin.extension=security}: on its own it must not satisfy the application's
 * requirement for the security extensions.
 */
@Component(service = {ContainerResponseFilter.class, WriterInterceptor.class})
@JaxrsExtension
@JaxrsName("poliin.security.request-end")
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Priority(1)
public final class RequestEndFilter implements ContainerResponseFilter, WriterInterceptor {

    private final RequestUserHolder holder;

    @Activate
    public RequestEndFilter(@Reference RequestUserHolder holder) {
        this.holder = holder;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.hasEntity()) {
            holder.end();
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        try {
            context.proceed();
        } finally {
            holder.end();
        }
    }
}
