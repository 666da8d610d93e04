package org.poliin.rest.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.poliin.rest.internal.health.HealthResource;
import org.poliin.rest.internal.json.ObjectMappers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class OpenApiResourceTest {

    private static final ObjectMapper JSON = ObjectMappers.create();

    /** Resources that come and go, as modules do. */
    private static final class Registry implements ResourceSource {
        final Map<Long, Class<?>> resources = new TreeMap<>();
        final AtomicInteger classLookups = new AtomicInteger();

        @Override
        public Set<Long> activeResourceIds() {
            return Set.copyOf(resources.keySet());
        }

        @Override
        public Optional<Class<?>> resourceClass(long serviceId) {
            classLookups.incrementAndGet();
            return Optional.ofNullable(resources.get(serviceId));
        }
    }

    private final Registry registry = new Registry();
    private final OpenApiResource resource = new OpenApiResource(registry, "1.0.0");

    private JsonNode document() throws Exception {
        return JSON.readTree(resource.document());
    }

    @Test
    void modulePathsAppearAndDisappearWithTheirResources() throws Exception {
        registry.resources.put(10L, OpenApiResource.class);
        registry.resources.put(11L, HealthResource.class);
        registry.resources.put(20L, SampleResources.Schools.class);
        registry.resources.put(30L, SampleResources.Vouchers.class);

        JsonNode withModules = document();
        registry.resources.remove(30L);
        JsonNode withoutVouchers = document();

        assertThat(withModules.get("paths").fieldNames()).toIterable().containsExactly("/health",
                "/openapi.json", "/outreach/schools", "/outreach/schools/{id}", "/vouchers/forgotten", "/vouchers/rules");
        assertThat(withoutVouchers.get("paths").fieldNames()).toIterable().containsExactly("/health",
                "/openapi.json", "/outreach/schools", "/outreach/schools/{id}");
    }

    @Test
    void describesTheServerAuthenticationAndVersion() throws Exception {
        registry.resources.put(10L, OpenApiResource.class);

        JsonNode api = document();

        assertThat(api.get("openapi").asText()).startsWith("3.");
        assertThat(api.at("/info/title").asText()).isEqualTo("POLI_IN Platform API");
        assertThat(api.at("/info/version").asText()).isEqualTo("1.0.0");
        assertThat(api.at("/servers/0/url").asText()).isEqualTo("/api/v1");
        assertThat(api.at("/components/securitySchemes/basicAuth/type").asText()).isEqualTo("http");
        assertThat(api.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(api.at("/security/0").has("basicAuth")).isTrue();
    }

    @Test
    void rolesAndOpenEndpointsAreDocumented() throws Exception {
        registry.resources.put(10L, OpenApiResource.class);
        registry.resources.put(11L, HealthResource.class);
        registry.resources.put(20L, SampleResources.Schools.class);
        registry.resources.put(40L, SampleResources.Undeclared.class);

        JsonNode api = document();

        JsonNode health = api.at("/paths/~1health/get");
        assertThat(health.get("security")).isEmpty();
        assertThat(health.at("/responses/401").isMissingNode()).isTrue();
        assertThat(health.at("/responses/503/description").asText()).isEqualTo("DOWN");
        JsonNode openapi = api.at("/paths/~1openapi.json/get");
        assertThat(openapi.has("security")).isFalse();
        assertThat(openapi.get("x-roles")).extracting(JsonNode::asText)
                .containsExactly("admin", "coordinator", "counsellor", "staff", "viewer");
        assertThat(openapi.get("tags")).extracting(JsonNode::asText).containsExactly("platform");
        JsonNode create = api.at("/paths/~1outreach~1schools/post");
        assertThat(create.get("x-roles")).extracting(JsonNode::asText).containsExactly("staff");
        assertThat(create.get("description").asText()).isEqualTo("Roluri / Roles: staff.");
        assertThat(api.at("/paths/~1undeclared/get/x-roles")).isEmpty();
        assertThat(api.at("/paths/~1undeclared/get/description").asText()).contains("Refused to everyone");
    }

    @Test
    void problemAnswersAreDocumented() throws Exception {
        registry.resources.put(20L, SampleResources.Schools.class);

        JsonNode api = document();

        JsonNode responses = api.at("/paths/~1outreach~1schools/post/responses");
        assertThat(responses.at("/400/$ref").asText()).isEqualTo("#/components/responses/BadRequest");
        assertThat(responses.at("/401/$ref").asText()).isEqualTo("#/components/responses/Unauthorized");
        assertThat(responses.at("/403/$ref").asText()).isEqualTo("#/components/responses/Forbidden");
        assertThat(responses.at("/500/$ref").asText()).isEqualTo("#/components/responses/InternalError");
        assertThat(api.at("/components/responses/BadRequest/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/ProblemDTO");
        JsonNode problem = api.at("/components/schemas/ProblemDTO/properties");
        assertThat(problem.fieldNames()).toIterable().contains("type", "title", "status", "detail", "instance",
                "errors", "incident");
        assertThat(api.at("/components/schemas/OrganisationInput").isMissingNode()).isFalse();
        // a GET without parameters takes no input: no 400 documented
        registry.resources.put(11L, HealthResource.class);
        assertThat(document().at("/paths/~1health/get/responses/400").isMissingNode()).isTrue();
    }

    @Test
    void theDocumentIsBuiltOncePerSetOfResources() throws Exception {
        registry.resources.put(20L, SampleResources.Schools.class);

        String first = resource.document();
        String second = resource.document();
        int lookupsAfterTwo = registry.classLookups.get();
        registry.resources.put(30L, SampleResources.Vouchers.class);
        String third = resource.document();

        assertThat(second).isSameAs(first);
        assertThat(lookupsAfterTwo).isEqualTo(1);
        assertThat(third).isNotEqualTo(first).contains("/vouchers/rules");
        assertThat(registry.classLookups.get()).isEqualTo(3);
    }

    @Test
    void anEmptyApplicationStillHasADocument() throws Exception {
        JsonNode api = document();

        assertThat(api.at("/info/title").asText()).isEqualTo("POLI_IN Platform API");
    }
}
