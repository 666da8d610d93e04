package org.poliin.rest.internal.cxf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.client.WebClient;
import org.apache.cxf.jaxrs.lifecycle.SingletonResourceProvider;
import org.apache.cxf.transport.local.LocalConduit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.poliin.api.rest.PlatformRest;
import org.poliin.rest.internal.http.NoStoreFilter;
import org.poliin.rest.internal.http.SecurityHeadersResponseFilter;
import org.poliin.rest.internal.json.JsonProvider;
import org.poliin.rest.internal.json.ObjectMappers;
import org.poliin.rest.internal.problem.ParameterConverters;
import org.poliin.rest.internal.problem.ProblemExceptionMapper;
import org.poliin.rest.internal.validation.BeanValidation;
import org.poliin.rest.internal.validation.ValidationFeature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The platform's extensions on a real CXF 3.6 server (the engine under the Aries whiteboard), over CXF's
 * in-memory transport: what CXF itself raises (404, 405, 406, 415, parameter conversion) and what the
 * extensions raise must all come out as problems.
 */
class CxfExtensionsTest {

    private static final String ADDRESS = "local://poliin-rest-test";
    private static final ObjectMapper JSON = ObjectMappers.create();

    private static Server server;
    private static ValidationFeature validation;

    @BeforeAll
    static void start() {
        validation = new ValidationFeature(BeanValidation.newFactory());
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setAddress(ADDRESS);
        factory.setResourceClasses(SampleResource.class);
        factory.setResourceProvider(SampleResource.class, new SingletonResourceProvider(new SampleResource()));
        factory.setProviders(List.of(new LoggedInCaller(), new JsonProvider(), new ProblemExceptionMapper(),
                new ParameterConverters(), validation, new NoStoreFilter(), new SecurityHeadersResponseFilter()));
        server = factory.create();
    }

    /** Stands in for the security bundle's authentication: every request here is a known user's. */
    @javax.ws.rs.container.PreMatching
    static final class LoggedInCaller implements javax.ws.rs.container.ContainerRequestFilter {
        @Override
        public void filter(javax.ws.rs.container.ContainerRequestContext request) {
            request.setSecurityContext(new javax.ws.rs.core.SecurityContext() {
                @Override
                public java.security.Principal getUserPrincipal() {
                    return () -> "tester";
                }

                @Override
                public boolean isUserInRole(String role) {
                    return true;
                }

                @Override
                public boolean isSecure() {
                    return false;
                }

                @Override
                public String getAuthenticationScheme() {
                    return javax.ws.rs.core.SecurityContext.BASIC_AUTH;
                }
            });
        }
    }

    @AfterAll
    static void stop() {
        server.stop();
        server.destroy();
    }

    private static WebClient client(String path) {
        WebClient client = WebClient.create(ADDRESS).path(path);
        WebClient.getConfig(client).getRequestContext().put(LocalConduit.DIRECT_DISPATCH, Boolean.TRUE);
        return client;
    }

    private static JsonNode problem(Response response) throws Exception {
        assertThat(response.getMediaType().toString()).startsWith(PlatformRest.PROBLEM_JSON);
        String body = response.readEntity(String.class);
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("java.");
        return JSON.readTree(body);
    }

    private static Response postJson(String path, String body) {
        return client(path).type(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .post(body.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    class Json {

        @Test
        void romanianDiacriticsRoundTrip() throws Exception {
            Response response = postJson("people",
                    "{\"givenName\":\"Ștefănuț\",\"familyName\":\"Țâră-Îonescu\",\"birthDate\":\"2008-03-01\"}");

            assertThat(response.getStatus()).isEqualTo(200);
            byte[] body = response.readEntity(byte[].class);
            JsonNode person = JSON.readTree(body);
            assertThat(person.get("givenName").asText()).isEqualTo("Ștefănuț");
            assertThat(person.get("familyName").asText()).isEqualTo("Țâră-Îonescu");
            assertThat(person.get("birthDate").asText()).isEqualTo("2008-03-01");
            // written as UTF-8 bytes, not \\u escapes
            assertThat(new String(body, StandardCharsets.UTF_8)).contains("Ștefănuț");
        }

        @Test
        void javaTimeAndAmountsAreIsoAndPlain() throws Exception {
            Response response = client("people/amount").accept(MediaType.APPLICATION_JSON).get();

            String body = response.readEntity(String.class);
            assertThat(body).contains("\"value\":1200.5").contains("\"at\":\"2024-10-15T06:30:00Z\"");
        }

        @Test
        void localDateTimeRoundTrip() throws Exception {
            Response response = postJson("people/events",
                    "{\"type\":\"outreach.school-visit\",\"title\":\"Vizită la Liceul din Săliște\","
                            + "\"startsAt\":\"2024-10-15T09:30:00\"}");

            JsonNode event = JSON.readTree(response.readEntity(String.class));
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(event.get("startsAt").asText()).isEqualTo("2024-10-15T09:30:00");
            assertThat(event.get("title").asText()).isEqualTo("Vizită la Liceul din Săliște");
        }

        @Test
        void everyAnswerCarriesTheSecurityHeaders() {
            for (Response response : List.of(client("people/1").accept(MediaType.APPLICATION_JSON).get(),
                    client("nothing-here").get(), postJson("people", "{"), client("people/500").get())) {
                assertThat(response.getHeaderString("X-Content-Type-Options")).isEqualTo("nosniff");
                assertThat(response.getHeaderString("Referrer-Policy")).isEqualTo("no-referrer");
                assertThat(response.getHeaderString("Content-Security-Policy")).contains("default-src 'self'");
                assertThat(response.getHeaderString("Strict-Transport-Security")).isNull();
            }
        }

        @Test
        void everyAnswerIsNoStore() {
            Response ok = client("people/1").accept(MediaType.APPLICATION_JSON).get();
            Response missing = client("nothing-here").get();

            assertThat(ok.getHeaderString(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
            assertThat(missing.getHeaderString(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        }
    }

    @Nested
    class Http {

        @Test
        void unknownPathIs404Problem() throws Exception {
            Response response = client("nothing-here").header("Accept-Language", "ro-RO,ro;q=0.9").get();

            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getHeaderString(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("ro");
            JsonNode problem = problem(response);
            assertThat(problem.get("type").asText()).isEqualTo("urn:poliin:problem:not-found");
            assertThat(problem.get("status").asInt()).isEqualTo(404);
            assertThat(problem.get("title").asText()).isEqualTo("Resursă inexistentă");
            assertThat(problem.get("instance").asText()).endsWith("/nothing-here");
        }

        @Test
        void wrongMethodIs405WithAllow() throws Exception {
            Response response = client("people/1").delete();

            assertThat(response.getStatus()).isEqualTo(405);
            assertThat(response.getHeaderString(HttpHeaders.ALLOW)).contains("GET");
            assertThat(problem(response).get("type").asText()).isEqualTo("urn:poliin:problem:method-not-allowed");
        }

        @Test
        void unacceptableFormatIs406() throws Exception {
            Response response = client("people/1").accept("text/csv").get();

            assertThat(response.getStatus()).isEqualTo(406);
            assertThat(problem(response).get("type").asText()).isEqualTo("urn:poliin:problem:not-acceptable");
        }

        @Test
        void unsupportedContentIs415() throws Exception {
            Response response = client("people").type("text/plain").post("hello");

            assertThat(response.getStatus()).isEqualTo(415);
            JsonNode problem = problem(response);
            assertThat(problem.get("type").asText()).isEqualTo("urn:poliin:problem:unsupported-media-type");
            assertThat(problem.get("detail").asText()).contains("text/plain");
        }

        @Test
        void badPathParameterIs400NamingIt() throws Exception {
            Response response = client("people/abc").header("Accept-Language", "ro").get();

            assertThat(response.getStatus()).isEqualTo(400);
            JsonNode problem = problem(response);
            assertThat(problem.get("type").asText()).isEqualTo("urn:poliin:problem:invalid-input");
            assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("id");
            assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo("trebuie să fie un număr întreg");
        }

        @Test
        void badQueryParametersAre400NamingThem() throws Exception {
            for (Map.Entry<String, String> bad : Map.of("page", "abc", "from", "2024-13-45", "status", "SOMEDAY",
                    "archived", "perhaps", "id", "7x").entrySet()) {
                Response response = client("people").query(bad.getKey(), bad.getValue()).get();

                assertThat(response.getStatus()).as(bad.getKey()).isEqualTo(400);
                JsonNode problem = problem(response);
                assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo(bad.getKey());
            }
        }

        @Test
        void goodQueryParametersAreConverted() throws Exception {
            Response response = client("people").query("page", "2").query("from", "2024-10-15")
                    .query("status", "planned").query("archived", "true").query("id", "3").query("id", "5").get();

            JsonNode echo = JSON.readTree(response.readEntity(String.class));
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(echo.get("page").asInt()).isEqualTo(2);
            assertThat(echo.get("from").asText()).isEqualTo("2024-10-15");
            assertThat(echo.get("status").asText()).isEqualTo("PLANNED");
            assertThat(echo.get("archived").asBoolean()).isTrue();
            assertThat(echo.get("ids")).extracting(JsonNode::asLong).containsExactly(3L, 5L);
        }

        @Test
        void problemIsWrittenEvenWhenOnlyJsonIsAccepted() throws Exception {
            Response response = client("people/404").accept(MediaType.APPLICATION_JSON).get();

            assertThat(response.getStatus()).isEqualTo(404);
            JsonNode problem = problem(response);
            assertThat(problem.get("type").asText()).isEqualTo("urn:poliin:problem:not-found");
            assertThat(problem.get("detail").asText()).isEqualTo("There is no person with id 404.");
        }
    }

    @Nested
    class Failures {

        @Test
        void wrappedOptimisticLockIs409StaleRecord() throws Exception {
            Response response = client("people/409").get();

            assertThat(response.getStatus()).isEqualTo(409);
            assertThat(problem(response).get("type").asText()).isEqualTo("urn:poliin:problem:stale-record");
        }

        @Test
        void unexpectedFailureIs500WithIncidentAndNoDetail() throws Exception {
            Response response = client("people/500").get();

            assertThat(response.getStatus()).isEqualTo(500);
            String body = response.readEntity(String.class);
            assertThat(body).doesNotContain("secret").doesNotContain("IllegalState").doesNotContain("at org.");
            JsonNode problem = JSON.readTree(body);
            assertThat(problem.get("type").asText()).isEqualTo("urn:poliin:problem:internal-error");
            assertThat(problem.get("incident").asText()).matches("[0-9a-f-]{36}");
            assertThat(problem.get("detail").asText()).contains(problem.get("incident").asText());
        }
    }

    @Nested
    class Bodies {

        @Test
        void malformedJsonIs400WithPosition() throws Exception {
            Response response = postJson("people", "{\"givenName\": \"Ana\",, }");

            assertThat(response.getStatus()).isEqualTo(400);
            JsonNode problem = problem(response);
            assertThat(problem.get("type").asText()).isEqualTo("urn:poliin:problem:malformed-json");
            assertThat(problem.get("detail").asText()).contains("line 1");
        }

        @Test
        void unknownFieldIs400NamingIt() throws Exception {
            Response response = postJson("people", "{\"givenName\":\"Ana\",\"familyName\":\"Pop\",\"givenNme\":\"x\"}");

            assertThat(response.getStatus()).isEqualTo(400);
            JsonNode error = problem(response).get("errors").get(0);
            assertThat(error.get("field").asText()).isEqualTo("givenNme");
            assertThat(error.get("message").asText()).isEqualTo("is not a known field");
        }

        @Test
        void badDateIs400WithTheExpectedForm() throws Exception {
            Response response = client("people").type(MediaType.APPLICATION_JSON).header("Accept-Language", "ro")
                    .post("{\"givenName\":\"Ana\",\"familyName\":\"Pop\",\"birthDate\":\"15.10.2008\"}");

            assertThat(response.getStatus()).isEqualTo(400);
            JsonNode error = problem(response).get("errors").get(0);
            assertThat(error.get("field").asText()).isEqualTo("birthDate");
            assertThat(error.get("message").asText()).contains("AAAA-LL-ZZ");
        }

        @Test
        void wrongTypeIs400WithTheExpectedType() throws Exception {
            Response response = client("people/1/participants").type(MediaType.APPLICATION_JSON)
                    .put("[{\"personId\":1},{\"personId\":\"seven\"}]");

            assertThat(response.getStatus()).isEqualTo(400);
            JsonNode error = problem(response).get("errors").get(0);
            assertThat(error.get("field").asText()).isEqualTo("[1].personId");
            assertThat(error.get("message").asText()).isEqualTo("must be an integer");
        }

        @Test
        void constraintViolationsAre400WithBilingualFieldMessages() throws Exception {
            Response english = postJson("people", "{\"givenName\":\"\",\"email\":\"not-an-address\"}");
            Response romanian = client("people").type(MediaType.APPLICATION_JSON).header("Accept-Language", "ro")
                    .post("{\"givenName\":\"\",\"email\":\"not-an-address\"}");

            assertThat(english.getStatus()).isEqualTo(400);
            JsonNode en = problem(english);
            assertThat(en.get("type").asText()).isEqualTo("urn:poliin:problem:invalid-input");
            assertThat(en.get("errors").findValuesAsText("field")).containsExactly("email", "familyName", "givenName");
            assertThat(en.get("errors").get(1).get("message").asText()).isEqualTo("must not be blank");
            JsonNode ro = problem(romanian);
            assertThat(ro.get("title").asText()).isEqualTo("Date invalide");
            assertThat(ro.get("errors").get(1).get("message").asText()).isEqualTo("trebuie completat");
            assertThat(ro.get("errors").get(0).get("message").asText()).isEqualTo("trebuie să fie o adresă de e-mail validă");
        }

        @Test
        void nestedListPathsAreRendered() throws Exception {
            Response response = postJson("people/meetings",
                    "{\"participants\":[{\"personId\":1},{\"personId\":2},{\"role\":\"Facilitator\"}]}");

            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(problem(response).get("errors").findValuesAsText("field"))
                    .containsExactly("participants[2].personId", "participants[2].role");
        }

        @Test
        void arrayBodyPathsStartWithTheIndex() throws Exception {
            Response response = client("people/3/participants").type(MediaType.APPLICATION_JSON)
                    .put("[{\"personId\":1},{\"note\":\"x\"}]");

            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(problem(response).get("errors").findValuesAsText("field")).containsExactly("[1].personId");
        }

        @Test
        void emptyBodyIs400NotA500() throws Exception {
            Response response = postJson("people", "");

            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(problem(response).get("type").asText()).isEqualTo("urn:poliin:problem:invalid-input");
        }

        @Test
        void noBodyAndNoContentTypeIs400() throws Exception {
            Response response = client("people/notes").post(null);

            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(problem(response).get("detail").asText()).contains("no body");
        }

        @Test
        void jsonNullBodyIs400() throws Exception {
            Response response = postJson("people/notes", "null");

            assertThat(response.getStatus()).isEqualTo(400);
        }

        @Test
        void optionalBodyMayBeMissing() {
            Response response = client("people/optional").type(MediaType.APPLICATION_JSON).post("");

            assertThat(response.getStatus()).isEqualTo(200);
        }
    }

    /** Every way a body can fail to be read is a 4xx problem naming the field, never a 500 (issue 9). */
    @Nested
    class UnreadableBodies {

        private JsonNode badRequest(Response response) throws Exception {
            assertThat(response.getStatus()).isEqualTo(400);
            return problem(response);
        }

        private JsonNode firstError(JsonNode problem) {
            assertThat(problem.get("errors")).isNotNull();
            return problem.get("errors").get(0);
        }

        @Test
        void numberWithTooManyDigitsNamesTheField() throws Exception {
            Response response = client("people/1/participants").type(MediaType.APPLICATION_JSON)
                    .put("[{\"personId\":" + "7".repeat(100_000) + "}]");

            JsonNode problem = badRequest(response);
            assertThat(problem.get("type").asText()).isEqualTo("urn:poliin:problem:invalid-input");
            assertThat(firstError(problem).get("field").asText()).isEqualTo("[0].personId");
            assertThat(firstError(problem).get("message").asText()).isEqualTo("has too many digits (at most 100)");
        }

        @Test
        void decimalWithTooManyDigitsNamesTheField() throws Exception {
            Response response = postJson("people/notes", "{\"amount\":1." + "5".repeat(100_000) + "}");

            assertThat(firstError(badRequest(response)).get("field").asText()).isEqualTo("amount");
        }

        @Test
        void longTextWhereAnIntegerIsExpectedNamesTheField() throws Exception {
            Response response = client("people/1/participants").type(MediaType.APPLICATION_JSON)
                    .put("[{\"personId\":\"" + "9".repeat(100_000) + "\"}]");

            JsonNode problem = badRequest(response);
            assertThat(problem.get("type").asText()).isEqualTo("urn:poliin:problem:invalid-input");
            assertThat(firstError(problem).get("field").asText()).isEqualTo("[0].personId");
        }

        @Test
        void integerOutOfRangeNamesTheField() throws Exception {
            Response response = client("people/1/participants").type(MediaType.APPLICATION_JSON)
                    .put("[{\"personId\":99999999999999999999999}]");

            JsonNode error = firstError(badRequest(response));
            assertThat(error.get("field").asText()).isEqualTo("[0].personId");
            assertThat(error.get("message").asText()).isEqualTo("is out of range");
        }

        @Test
        void textOverTheLengthLimitNamesTheField() throws Exception {
            Response response = postJson("people", "{\"givenName\":\"" + "ă".repeat(ObjectMappers.MAX_STRING_LENGTH + 1)
                    + "\",\"familyName\":\"Pop\"}");

            JsonNode error = firstError(badRequest(response));
            assertThat(error.get("field").asText()).isEqualTo("givenName");
            assertThat(error.get("message").asText()).isEqualTo("is too long a text");
        }

        @Test
        void fieldNameOverTheLengthLimitIs400() throws Exception {
            Response response = postJson("people/notes", "{\"" + "n".repeat(100_000) + "\":1}");

            JsonNode problem = badRequest(response);
            assertThat(firstError(problem).get("message").asText()).isEqualTo("has too long a field name");
            assertThat(problem.toString()).doesNotContain("n".repeat(200));
        }

        @Test
        void deepNestingIs400WithWhereItStopped() throws Exception {
            String deep = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
            Response response = postJson("people/notes", deep);

            JsonNode error = firstError(badRequest(response));
            assertThat(error.get("field").asText()).startsWith("a.a.a");
            assertThat(error.get("message").asText()).startsWith("is nested too deeply");
        }

        @Test
        void deepArraysAre400() throws Exception {
            Response response = postJson("people/notes", "{\"list\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}");

            assertThat(firstError(badRequest(response)).get("field").asText()).startsWith("list[0][0]");
        }

        @Test
        void invalidUtf8IsMalformed() throws Exception {
            byte[] body = { '{', '"', 'g', 'i', 'v', 'e', 'n', 'N', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, 0x28, '"',
                    '}' };
            Response response = client("people").type(MediaType.APPLICATION_JSON).post(body);

            JsonNode problem = badRequest(response);
            assertThat(problem.get("type").asText()).isEqualTo("urn:poliin:problem:malformed-json");
            assertThat(firstError(problem).get("message").asText()).isEqualTo("is not valid UTF-8 text");
        }

        @Test
        void bytesThatAreNoTextAtAllAreMalformed() throws Exception {
            // four bytes that make Jackson detect UTF-32, then code points that do not exist
            byte[] body = { 0, 0, 0, '{', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, '}' };
            Response response = client("people").type(MediaType.APPLICATION_JSON).post(body);

            assertThat(badRequest(response).get("type").asText()).isEqualTo("urn:poliin:problem:malformed-json");
        }

        @Test
        void notJsonIsMalformed() throws Exception {
            assertThat(badRequest(postJson("people", "hello")).get("type").asText())
                    .isEqualTo("urn:poliin:problem:malformed-json");
            assertThat(badRequest(postJson("people", "{\"givenName\":")).get("type").asText())
                    .isEqualTo("urn:poliin:problem:malformed-json");
        }

        @Test
        void trailingContentIs400() throws Exception {
            JsonNode garbage = badRequest(postJson("people", "{\"givenName\":\"Ana\",\"familyName\":\"Pop\"} x"));
            JsonNode second = badRequest(postJson("people", "{\"givenName\":\"Ana\",\"familyName\":\"Pop\"} {}"));

            assertThat(garbage.get("type").asText()).isEqualTo("urn:poliin:problem:malformed-json");
            assertThat(firstError(second).get("message").asText()).isEqualTo("has content after the JSON value");
        }

        @Test
        void duplicateKeyNamesTheField() throws Exception {
            Response response = postJson("people", "{\"givenName\":\"Ana\",\"familyName\":\"Pop\",\"givenName\":\"Ion\"}");

            JsonNode error = firstError(badRequest(response));
            assertThat(error.get("field").asText()).isEqualTo("givenName");
            assertThat(error.get("message").asText()).isEqualTo("appears twice");
        }

        @Test
        void wrongTopLevelShapeIs400() throws Exception {
            JsonNode arrayForObject = badRequest(postJson("people", "[]"));
            JsonNode objectForArray = badRequest(client("people/1/participants").type(MediaType.APPLICATION_JSON)
                    .put("{\"personId\":1}"));
            JsonNode numberForObject = badRequest(postJson("people", "42"));

            assertThat(firstError(arrayForObject).get("message").asText()).isEqualTo("must be a JSON object");
            assertThat(firstError(arrayForObject).has("field")).as(arrayForObject.toString()).isFalse();
            assertThat(firstError(objectForArray).get("message").asText()).isEqualTo("must be a list");
            assertThat(numberForObject.get("type").asText()).isEqualTo("urn:poliin:problem:invalid-input");
        }

        @Test
        void unknownEnumValueNamesTheFieldAndTheChoices() throws Exception {
            Response response = postJson("people/events",
                    "{\"type\":\"outreach.school-visit\",\"title\":\"Vizită\",\"startsAt\":\"2024-10-15T09:30:00\","
                            + "\"status\":\"SOMEDAY\"}");

            JsonNode error = firstError(badRequest(response));
            assertThat(error.get("field").asText()).isEqualTo("status");
            assertThat(error.get("message").asText()).startsWith("must be one of ").contains("PLANNED");
        }

        @Test
        void wrongTypesNameTheField() throws Exception {
            JsonNode text = firstError(badRequest(postJson("people/events",
                    "{\"type\":\"x\",\"title\":{\"nested\":true},\"startsAt\":\"2024-10-15T09:30:00\"}")));
            JsonNode date = firstError(badRequest(postJson("people/events",
                    "{\"type\":\"x\",\"title\":\"t\",\"startsAt\":[2024,10,15]}")));

            assertThat(text.get("field").asText()).isEqualTo("title");
            assertThat(date.get("field").asText()).isEqualTo("startsAt");
        }

        @Test
        void bodyOverTheDocumentLimitIs413() throws Exception {
            StringBuilder huge = new StringBuilder("[");
            while (huge.length() <= ObjectMappers.MAX_DOCUMENT_LENGTH) {
                huge.append("{\"personId\":1},");
            }
            huge.append("{\"personId\":1}]");
            Response response = client("people/1/participants").type(MediaType.APPLICATION_JSON).put(huge.toString());

            assertThat(response.getStatus()).isEqualTo(413);
            assertThat(problem(response).get("type").asText()).isEqualTo("urn:poliin:problem:payload-too-large");
        }

        @Test
        void longArrayUnderTheLimitIsRead() {
            StringBuilder many = new StringBuilder("[");
            for (int i = 0; i < 10_000; i++) {
                many.append(i == 0 ? "" : ",").append("{\"personId\":").append(i + 1).append('}');
            }
            Response response = client("people/1/participants").type(MediaType.APPLICATION_JSON)
                    .put(many.append(']').toString());

            assertThat(response.getStatus()).isEqualTo(200);
        }

        @Test
        void wrongContentTypeIs415() throws Exception {
            Response response = client("people").type("application/xml").post("<person/>");

            assertThat(response.getStatus()).isEqualTo(415);
            assertThat(problem(response).get("type").asText()).isEqualTo("urn:poliin:problem:unsupported-media-type");
        }

        @Test
        void hugeNumbersInQueryAndPathAre400NamingThem() throws Exception {
            JsonNode page = firstError(badRequest(client("people").query("page", "9".repeat(10_000)).get()));
            JsonNode pageOverflow = firstError(badRequest(client("people").query("page", "2147483648").get()));
            JsonNode id = firstError(badRequest(client("people/" + "9".repeat(400)).get()));
            JsonNode negativeZero = firstError(badRequest(client("people").query("page", "1e3").get()));

            assertThat(page.get("field").asText()).isEqualTo("page");
            assertThat(pageOverflow.get("field").asText()).isEqualTo("page");
            assertThat(id.get("field").asText()).isEqualTo("id");
            assertThat(negativeZero.get("field").asText()).isEqualTo("page");
        }

        @Test
        void romanianCallersReadTheLimitsInRomanian() throws Exception {
            Response response = client("people/1/participants").type(MediaType.APPLICATION_JSON)
                    .header("Accept-Language", "ro").put("[{\"personId\":" + "7".repeat(1_000) + "}]");

            assertThat(firstError(badRequest(response)).get("message").asText()).isEqualTo("are prea multe cifre (cel mult 100)");
        }
    }
}
