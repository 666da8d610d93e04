package org.poliin.rest.internal.openapi;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;

import org.poliin.api.rest.PlatformRest;
import org.poliin.api.rest.ProblemDTO;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * Builds the OpenAPI 3 document of the platform application from its resource classes: swagger reads
 * the JAX-RS annotations; this adds the server ({@code /api/v1}), HTTP basic authentication for every
 * operation but the {@code @PermitAll} ones, the roles of each operation ({@code x-roles}) and the
 * problem answers (RFC 9457) every operation may give.
 */
public final class OpenApiDocument {

    static final String TITLE = "POLI_IN Platform API";
    static final String BASIC_AUTH = "basicAuth";
    static final String PROBLEM_SCHEMA = "ProblemDTO";
    static final String ROLES_EXTENSION = "x-roles";

    private OpenApiDocument() {
    }

    /** The document of {@code resources}; {@code version} is the platform's. */
    public static OpenAPI build(Collection<Class<?>> resources, String version) {
        OpenAPI base = new OpenAPI()
                .info(new Info()
                        .title(TITLE)
                        .version(version)
                        .description("API-ul platformei POLI_IN: programe de incluziune socială ale "
                                + "universităților. "
                                + "Erorile sunt probleme RFC 9457 (application/problem+json), în limba cerută prin "
                                + "Accept-Language (ro sau en).\n\n"
                                + "The POLI_IN platform API: social-inclusion programmes of universities. Errors are "
                                + "RFC 9457 problems (application/problem+json), in the language asked for with "
                                + "Accept-Language (ro or en)."))
                .servers(List.of(new Server().url(PlatformRest.BASE_PATH)))
                .components(new Components().addSecuritySchemes(BASIC_AUTH,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Utilizatorul și parola platformei. "
                                        + "/ The platform's user name and password.")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH));
        SwaggerConfiguration configuration = new SwaggerConfiguration().openAPI(base).readAllResources(true);
        PlatformReader reader = new PlatformReader(configuration);
        OpenAPI api = withClassLoader(Reader.class.getClassLoader(),
                () -> reader.read(new LinkedHashSet<>(resources)));
        addProblems(api);
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperations()
                    .forEach(operation -> describe(operation, reader)));
            api.setPaths(sorted(api.getPaths()));
        }
        return api;
    }

    /** The document as JSON, with swagger's own mapper (it knows how to write the OpenAPI model). */
    public static String toJson(OpenAPI api) {
        try {
            return Json.mapper().writeValueAsString(api);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the OpenAPI document", e);
        }
    }

    private static void describe(Operation operation, PlatformReader reader) {
        Method method = reader.methodOf(operation).orElse(null);
        boolean open = method != null && isPermitAll(method);
        if (open) {
            // an empty list lifts the global basic authentication for this operation
            operation.setSecurity(new ArrayList<>());
        } else if (method != null) {
            List<String> roles = roles(method);
            operation.addExtension(ROLES_EXTENSION, roles);
            String text = roles.isEmpty()
                    ? "Refuzată tuturor (nu declară roluri). / Refused to everyone (declares no roles)."
                    : "Roluri / Roles: " + String.join(", ", roles) + ".";
            operation.setDescription(operation.getDescription() == null || operation.getDescription().isBlank()
                    ? text : operation.getDescription() + "\n\n" + text);
        }
        ApiResponses responses = operation.getResponses();
        if (responses == null) {
            responses = new ApiResponses();
            operation.setResponses(responses);
        }
        boolean takesInput = (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || operation.getRequestBody() != null;
        if (takesInput) {
            responses.putIfAbsent("400", reference("BadRequest"));
        }
        if (!open) {
            responses.putIfAbsent("401", reference("Unauthorized"));
            responses.putIfAbsent("403", reference("Forbidden"));
        }
        responses.putIfAbsent("500", reference("InternalError"));
    }

    private static boolean isPermitAll(Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        return !method.isAnnotationPresent(RolesAllowed.class)
                && method.getDeclaringClass().isAnnotationPresent(PermitAll.class);
    }

    private static List<String> roles(Method method) {
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? List.of() : Arrays.asList(allowed.value());
    }

    @SuppressWarnings("rawtypes")
    private static void addProblems(OpenAPI api) {
        Components components = api.getComponents();
        if (components == null) {
            components = new Components();
            api.setComponents(components);
        }
        Map<String, Schema> schemas = ModelConverters.getInstance().readAll(ProblemDTO.class);
        schemas.forEach(components::addSchemas);
        components.addResponses("BadRequest", problem(
                "Cerere nevalidă: câmpurile greșite sunt în errors[]. "
                        + "/ Invalid request: the fields at fault are in errors[]."));
        components.addResponses("Unauthorized", problem("Autentificare necesară. / Authentication required."));
        components.addResponses("Forbidden", problem(
                "Rolul utilizatorului nu permite operația. / The user's role does not allow the operation."));
        components.addResponses("InternalError", problem(
                "Eroare neașteptată; incident este codul ei în jurnalul serverului. "
                        + "/ Unexpected error; incident is its id in the server log."));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PlatformRest.PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
    }

    private static ApiResponse reference(String name) {
        return new ApiResponse().$ref("#/components/responses/" + name);
    }

    private static Paths sorted(Paths paths) {
        Paths sorted = new Paths();
        new TreeMap<String, PathItem>(paths).forEach(sorted::addPathItem);
        if (paths.getExtensions() != null) {
            sorted.setExtensions(paths.getExtensions());
        }
        return sorted;
    }

    /** Swagger finds its extensions with ServiceLoader on the context class loader. */
    private static <T> T withClassLoader(ClassLoader loader, Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static Set<String> pathsOf(OpenAPI api) {
        return api.getPaths() == null ? Set.of() : new LinkedHashSet<>(api.getPaths().keySet());
    }
}
