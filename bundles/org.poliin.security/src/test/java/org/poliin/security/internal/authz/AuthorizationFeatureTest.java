package org.poliin.security.internal.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.poliin.api.security.PlatformUser;
import org.poliin.security.internal.auth.PlatformSecurityContext;
import org.poliin.security.internal.auth.ThreadCurrentUser;
import org.poliin.security.internal.rest.RequestMocks;

class AuthorizationFeatureTest {

    private final AuthorizationFeature feature = new AuthorizationFeature();

    public static class PeopleResource {
        @RolesAllowed({"counsellor", "admin"})
        public void list() {
        }

        @PermitAll
        public void health() {
        }

        public void forgotten() {
        }
    }

    private AuthorizationFilter boundFilter(String method) throws Exception {
        ResourceInfo info = mock(ResourceInfo.class);
        when(info.getResourceMethod()).thenReturn(PeopleResource.class.getMethod(method));
        when(info.getResourceClass()).thenAnswer(call -> PeopleResource.class);
        FeatureContext context = mock(FeatureContext.class);
        feature.configure(info, context);
        ArgumentCaptor<Object> registered = ArgumentCaptor.forClass(Object.class);
        verify(context).register(registered.capture(), eq(Priorities.AUTHORIZATION));
        return (AuthorizationFilter) registered.getValue();
    }

    /** A request as the authentication filter leaves it: with our security context, or anonymous. */
    private static ContainerRequestContext request(PlatformUser user) {
        ContainerRequestContext request = RequestMocks.request("GET", "http://host/api/v1/people",
                List.of(Locale.forLanguageTag("ro")));
        if (user != null) {
            when(request.getSecurityContext()).thenReturn(new PlatformSecurityContext(user, false));
        }
        return request;
    }

    @Test
    void bindsTheRuleOfTheMethod() throws Exception {
        AuthorizationFilter filter = boundFilter("list");

        assertThat(filter.rule().roles()).containsExactlyInAnyOrder("counsellor", "admin");
    }

    @Test
    void aUserWithAnAllowedRolePasses() throws Exception {
        AuthorizationFilter filter = boundFilter("list");
        ContainerRequestContext request = request(new PlatformUser("ana", Set.of("counsellor")));

        filter.filter(request);

        verify(request, never()).abortWith(any());
    }

    @Test
    void aUserWithoutAnAllowedRoleGets403() throws Exception {
        AuthorizationFilter filter = boundFilter("list");
        ContainerRequestContext request = request(new PlatformUser("ion", Set.of("staff", "viewer")));

        filter.filter(request);

        ArgumentCaptor<Response> response = ArgumentCaptor.forClass(Response.class);
        verify(request).abortWith(response.capture());
        assertThat(response.getValue().getStatus()).isEqualTo(403);
        assertThat(RequestMocks.body(response.getValue())).contains("urn:poliin:problem:forbidden")
                .contains("Acces interzis");
    }

    @Test
    void anAnonymousRequestGets401WithTheChallenge() throws Exception {
        AuthorizationFilter filter = boundFilter("list");
        ContainerRequestContext request = request(null);

        filter.filter(request);

        ArgumentCaptor<Response> response = ArgumentCaptor.forClass(Response.class);
        verify(request).abortWith(response.capture());
        assertThat(response.getValue().getStatus()).isEqualTo(401);
        assertThat(response.getValue().getHeaderString("WWW-Authenticate")).startsWith("Basic realm=\"POLI_IN\"");
        assertThat(RequestMocks.body(response.getValue())).contains("Autentificare necesară");
    }

    @Test
    void anUnannotatedMethodIsDeniedEvenToAdmin() throws Exception {
        AuthorizationFilter filter = boundFilter("forgotten");
        ContainerRequestContext request = request(
                new PlatformUser("root", Set.of("admin", "coordinator", "counsellor", "staff", "viewer")));

        filter.filter(request);

        ArgumentCaptor<Response> response = ArgumentCaptor.forClass(Response.class);
        verify(request).abortWith(response.capture());
        assertThat(response.getValue().getStatus()).isEqualTo(403);
    }

    @Test
    void aUserLeftOnTheThreadByAnEarlierRequestDoesNotCount() throws Exception {
        // As if the authentication filter had not run for this request: only the thread-local has a user.
        ThreadCurrentUser holder = new ThreadCurrentUser();
        holder.begin(null);
        holder.authenticated(new PlatformUser("root", Set.of("counsellor", "admin")));
        AuthorizationFilter filter = boundFilter("list");
        ContainerRequestContext request = request(null);

        filter.filter(request);

        ArgumentCaptor<Response> response = ArgumentCaptor.forClass(Response.class);
        verify(request).abortWith(response.capture());
        assertThat(response.getValue().getStatus()).isEqualTo(401);
        holder.end();
    }

    @Test
    void permitAllMethodsGetNoFilter() throws Exception {
        ResourceInfo info = mock(ResourceInfo.class);
        when(info.getResourceMethod()).thenReturn(PeopleResource.class.getMethod("health"));
        when(info.getResourceClass()).thenAnswer(call -> PeopleResource.class);
        FeatureContext context = mock(FeatureContext.class);

        feature.configure(info, context);

        verify(context, never()).register(any(), anyInt());
        verify(context, never()).register(any(Object.class));
    }
}
