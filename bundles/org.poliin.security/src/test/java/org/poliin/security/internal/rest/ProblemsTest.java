package org.poliin.security.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.poliin.api.rest.ProblemDTO;

class ProblemsTest {

    @Test
    void romanianOnlyWhenTheClientPrefersIt() {
        assertThat(Problems.language(List.of(Locale.forLanguageTag("ro-RO"), Locale.ENGLISH)).getLanguage()).isEqualTo("ro");
        assertThat(Problems.language(List.of(Locale.ENGLISH, Locale.forLanguageTag("ro"))).getLanguage()).isEqualTo("en");
        assertThat(Problems.language(List.of(Locale.FRENCH, Locale.forLanguageTag("ro"))).getLanguage()).isEqualTo("ro");
        assertThat(Problems.language(List.of(Locale.FRENCH))).isEqualTo(Locale.ENGLISH);
        assertThat(Problems.language(List.of(new Locale("*")))).isEqualTo(Locale.ENGLISH);
        assertThat(Problems.language(null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void unauthenticatedIsA401ProblemWithTheBasicChallengeInRomanian() {
        ContainerRequestContext request = RequestMocks.request("GET", "http://host/api/v1/users",
                List.of(Locale.forLanguageTag("ro")));

        Response response = Problems.unauthenticated(request, Problems.BAD_CREDENTIALS);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeaderString("WWW-Authenticate")).isEqualTo("Basic realm=\"POLI_IN\", charset=\"UTF-8\"");
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getHeaderString("Content-Language")).isEqualTo("ro");
        assertThat(RequestMocks.body(response)).isEqualTo("{\"type\":\"urn:poliin:problem:unauthenticated\","
                + "\"title\":\"Autentificare necesară\",\"status\":401,"
                + "\"detail\":\"Numele de utilizator sau parola nu sunt corecte.\",\"instance\":\"/api/v1/users\"}");
    }

    @Test
    void forbiddenIsA403ProblemInEnglishByDefault() {
        ContainerRequestContext request = RequestMocks.request("DELETE", "http://host/api/v1/users/ana", List.of());

        Response response = Problems.forbidden(request);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getHeaderString("WWW-Authenticate")).isNull();
        assertThat(RequestMocks.body(response)).contains("\"type\":\"urn:poliin:problem:forbidden\"")
                .contains("\"title\":\"Access denied\"").contains("\"status\":403")
                .contains("\"detail\":\"Your roles do not allow this operation.\"");
    }

    @Test
    void throttledSaysWhenToTryAgain() {
        Response response = Problems.throttled(RequestMocks.request("GET", "http://host/api/v1/x", List.of()), 42);

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("42");
        assertThat(RequestMocks.body(response)).contains("urn:poliin:problem:too-many-attempts").contains("42 seconds");
    }

    @Test
    void jsonEscapesAndWritesFieldErrors() {
        ProblemDTO problem = new ProblemDTO();
        problem.type = "urn:poliin:problem:invalid-input";
        problem.status = 400;
        problem.detail = "a \"quote\", a \\ and\na line\u0001";
        problem.errors = List.of(ProblemDTO.FieldError.of("roles[0]", "nu este un rol"), ProblemDTO.FieldError.of("name", null));

        assertThat(Problems.json(problem)).isEqualTo("{\"type\":\"urn:poliin:problem:invalid-input\",\"status\":400,"
                + "\"detail\":\"a \\\"quote\\\", a \\\\ and\\na line\\u0001\","
                + "\"errors\":[{\"field\":\"roles[0]\",\"message\":\"nu este un rol\"},{\"field\":\"name\"}]}");
    }
}
