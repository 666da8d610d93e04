package org.poliin.security.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.poliin.api.security.PlatformUser;
import org.poliin.security.internal.rest.RequestMocks;

class AuthenticationFilterTest {

    private final Authenticator authenticator = mock(Authenticator.class);
    private final ThreadCurrentUser holder = new ThreadCurrentUser();
    private final AuthenticationFilter filter = new AuthenticationFilter(authenticator, holder,
            mock(javax.ws.rs.container.DynamicFeature.class), new TrustedProxies("10.0.0.0/8"));
    private final PlatformUser ana = new PlatformUser("ana", Set.of("staff"));

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static ContainerRequestContext request(String authorization, String reason, String uri) {
        ContainerRequestContext request = RequestMocks.request("GET", uri, List.of(Locale.ENGLISH));
        when(request.getHeaderString("Authorization")).thenReturn(authorization);
        when(request.getHeaderString("X-Poliin-Reason")).thenReturn(reason);
        return request;
    }

    private static Response aborted(ContainerRequestContext request) {
        ArgumentCaptor<Response> response = ArgumentCaptor.forClass(Response.class);
        verify(request).abortWith(response.capture());
        return response.getValue();
    }

    @Test
    void validCredentialsMakeTheUserCurrentAndTheSecurityContext() {
        when(authenticator.authenticate("ana", "parola-lunga-1", "")).thenReturn(new AuthOutcome.Authenticated(ana));
        ContainerRequestContext request = request(basic("ana:parola-lunga-1"), "  audit  ", "https://host/api/v1/people");

        filter.filter(request);

        verify(request, never()).abortWith(any());
        assertThat(holder.get()).contains(ana);
        assertThat(holder.reason()).contains("audit");
        ArgumentCaptor<SecurityContext> context = ArgumentCaptor.forClass(SecurityContext.class);
        verify(request).setSecurityContext(context.capture());
        assertThat(context.getValue().getUserPrincipal().getName()).isEqualTo("ana");
        assertThat(context.getValue().isUserInRole("staff")).isTrue();
        assertThat(context.getValue().isUserInRole("admin")).isFalse();
        assertThat(context.getValue().getAuthenticationScheme()).isEqualTo(SecurityContext.BASIC_AUTH);
        assertThat(context.getValue().isSecure()).isTrue();
        holder.end();
    }

    @Test
    void withoutCredentialsTheRequestGoesOnAnonymously() {
        ContainerRequestContext request = request(null, null, "http://host/api/v1/health");

        filter.filter(request);

        verify(request, never()).abortWith(any());
        verify(request, never()).setSecurityContext(any());
        verifyNoInteractions(authenticator);
        assertThat(holder.get()).isEmpty();
    }

    @Test
    void wrongCredentialsAnswer401WithTheChallenge() {
        when(authenticator.authenticate(anyString(), anyString(), anyString())).thenReturn(new AuthOutcome.Rejected());
        ContainerRequestContext request = request(basic("ana:gresit"), null, "http://host/api/v1/people");

        filter.filter(request);

        Response response = aborted(request);
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeaderString("WWW-Authenticate")).isEqualTo("Basic realm=\"POLI_IN\", charset=\"UTF-8\"");
        assertThat(RequestMocks.body(response)).contains("urn:poliin:problem:unauthenticated")
                .contains("The user name or the password is not correct.");
        assertThat(holder.get()).isEmpty();
    }

    @Test
    void malformedCredentialsAnswer401WithoutAskingTheRealm() {
        ContainerRequestContext request = request("Basic %%%", null, "http://host/api/v1/people");

        filter.filter(request);

        assertThat(aborted(request).getStatus()).isEqualTo(401);
        verifyNoInteractions(authenticator);
    }

    @Test
    void throttledCredentialsAnswer429() {
        when(authenticator.authenticate(anyString(), anyString(), anyString())).thenReturn(new AuthOutcome.Throttled(120));
        ContainerRequestContext request = request(basic("ana:x"), null, "http://host/api/v1/people");

        filter.filter(request);

        Response response = aborted(request);
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("120");
    }

    @Test
    void referencesTheAuthorizationFeatureByItsName() {
        assertThat(AuthenticationFilter.AUTHORIZATION_FEATURE)
                .isEqualTo(org.poliin.security.internal.authz.AuthorizationFeature.NAME);
    }

    @Test
    void aStaleUserOfAnEarlierRequestOnTheThreadIsForgotten() {
        holder.begin("old reason");
        holder.authenticated(new PlatformUser("admin", Set.of("admin")));

        filter.filter(request(null, null, "http://host/api/v1/health"));

        assertThat(holder.get()).isEmpty();
        assertThat(holder.reason()).isEmpty();
    }

    @Test
    void behindATrustedProxyTheThrottleSeesTheForwardedClient() throws Exception {
        javax.servlet.http.HttpServletRequest servlet = mock(javax.servlet.http.HttpServletRequest.class);
        when(servlet.getRemoteAddr()).thenReturn("10.0.0.5");
        injectServletRequest(servlet);
        when(authenticator.authenticate("ana", "parola-lunga-1", "203.0.113.9"))
                .thenReturn(new AuthOutcome.Authenticated(ana));
        ContainerRequestContext request = request(basic("ana:parola-lunga-1"), null, "http://host/api/v1/people");
        javax.ws.rs.core.MultivaluedMap<String, String> headers = new javax.ws.rs.core.MultivaluedHashMap<>();
        headers.add("X-Forwarded-For", "1.1.1.1, 203.0.113.9");
        headers.add("X-Forwarded-Proto", "https");
        when(request.getHeaders()).thenReturn(headers);

        filter.filter(request);

        verify(request, never()).abortWith(any());
        ArgumentCaptor<SecurityContext> context = ArgumentCaptor.forClass(SecurityContext.class);
        verify(request).setSecurityContext(context.capture());
        assertThat(context.getValue().isSecure()).as("the proxy's X-Forwarded-Proto").isTrue();
        holder.end();
    }

    @Test
    void anUntrustedPeerIsTheClientWhateverItForwards() throws Exception {
        javax.servlet.http.HttpServletRequest servlet = mock(javax.servlet.http.HttpServletRequest.class);
        when(servlet.getRemoteAddr()).thenReturn("198.51.100.4");
        injectServletRequest(servlet);
        when(authenticator.authenticate(anyString(), anyString(), anyString())).thenReturn(new AuthOutcome.Rejected());
        ContainerRequestContext request = request(basic("ana:gresit"), null, "http://host/api/v1/people");
        javax.ws.rs.core.MultivaluedMap<String, String> headers = new javax.ws.rs.core.MultivaluedHashMap<>();
        headers.add("X-Forwarded-For", "203.0.113.9");
        when(request.getHeaders()).thenReturn(headers);

        filter.filter(request);

        verify(authenticator).authenticate("ana", "gresit", "198.51.100.4");
    }

    /** What JAX-RS does for the {@code @Context} field. */
    private void injectServletRequest(javax.servlet.http.HttpServletRequest servlet) throws Exception {
        java.lang.reflect.Field field = AuthenticationFilter.class.getDeclaredField("servletRequest");
        field.setAccessible(true);
        field.set(filter, servlet);
    }
}
