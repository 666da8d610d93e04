package org.poliin.security.internal.rest;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

/** Mocked JAX-RS requests for the filter tests. */
public final class RequestMocks {

    private RequestMocks() {
    }

    public static ContainerRequestContext request(String method, String uri, List<Locale> languages) {
        ContainerRequestContext request = mock(ContainerRequestContext.class);
        UriInfo uriInfo = mock(UriInfo.class);
        when(uriInfo.getRequestUri()).thenReturn(URI.create(uri));
        when(request.getUriInfo()).thenReturn(uriInfo);
        when(request.getMethod()).thenReturn(method);
        when(request.getAcceptableLanguages()).thenReturn(languages);
        SecurityContext original = mock(SecurityContext.class);
        when(original.isSecure()).thenReturn(uri.startsWith("https:"));
        when(request.getSecurityContext()).thenReturn(original);
        return request;
    }

    public static String body(Response response) {
        return new String((byte[]) response.getEntity(), StandardCharsets.UTF_8);
    }
}
