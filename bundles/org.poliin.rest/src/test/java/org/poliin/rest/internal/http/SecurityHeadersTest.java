package org.poliin.rest.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;

import javax.servlet.FilterChain;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void theServletFilterSetsTheHeadersBeforeTheChainRuns() throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletResponse response = mock(HttpServletResponse.class);
        FilterChain chain = mock(FilterChain.class);

        new SecurityHeadersFilter().doFilter(request, response, chain);

        verify(response).setHeader("X-Content-Type-Options", "nosniff");
        verify(response).setHeader("Referrer-Policy", "no-referrer");
        verify(response).setHeader("Content-Security-Policy", SecurityHeaders.POLICY);
        verify(response).setHeader("X-Frame-Options", "DENY");
        verify(response, org.mockito.Mockito.never()).setHeader(org.mockito.ArgumentMatchers.eq(
                "Strict-Transport-Security"), org.mockito.ArgumentMatchers.anyString());
        verify(chain).doFilter(request, response);
    }

    @Test
    void theServletFilterAddsHstsOverHttps() throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.isSecure()).thenReturn(true);
        HttpServletResponse response = mock(HttpServletResponse.class);

        new SecurityHeadersFilter().doFilter(request, response, mock(FilterChain.class));

        verify(response).setHeader("Strict-Transport-Security", "max-age=31536000");
    }

    @Test
    void thePolicyIsStrict() {
        assertThat(SecurityHeaders.POLICY).contains("default-src 'self'").contains("object-src 'none'")
                .contains("frame-ancestors 'none'").contains("base-uri 'none'").doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval").doesNotContain("*");
    }

    @Test
    void theApiExtensionReplacesWhatAResourceSet() {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        headers.putSingle("Referrer-Policy", "unsafe-url");
        ContainerResponseContext response = mock(ContainerResponseContext.class);
        when(response.getHeaders()).thenReturn(headers);

        new SecurityHeadersResponseFilter().filter(request("http", false), response);

        assertThat(headers.get("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.get("Content-Security-Policy")).containsExactly(SecurityHeaders.POLICY);
        assertThat(headers).doesNotContainKey("Strict-Transport-Security");
    }

    @Test
    void theApiExtensionAddsHstsWhenTheRequestIsSecure() {
        for (ContainerRequestContext secure : new ContainerRequestContext[] { request("https", false),
                request("http", true) }) {
            MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
            ContainerResponseContext response = mock(ContainerResponseContext.class);
            when(response.getHeaders()).thenReturn(headers);

            new SecurityHeadersResponseFilter().filter(secure, response);

            assertThat(headers.get("Strict-Transport-Security")).containsExactly("max-age=31536000");
        }
    }

    private static ContainerRequestContext request(String scheme, boolean secureContext) {
        ContainerRequestContext request = mock(ContainerRequestContext.class);
        UriInfo uri = mock(UriInfo.class);
        when(uri.getRequestUri()).thenReturn(URI.create(scheme + "://server.example/api/v1/people"));
        when(request.getUriInfo()).thenReturn(uri);
        SecurityContext security = mock(SecurityContext.class);
        when(security.isSecure()).thenReturn(secureContext);
        when(request.getSecurityContext()).thenReturn(security);
        return request;
    }
}
