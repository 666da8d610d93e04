package org.poliin.rest.internal.openapi;

import java.lang.reflect.Method;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;

import com.fasterxml.jackson.annotation.JsonView;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;

import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.api.OpenAPIConfiguration;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;

/**
 * Swagger's JAX-RS reader, remembering which Java method each operation came from, so that the
 * platform can document what swagger does not read: {@code @RolesAllowed}, {@code @PermitAll} and the
 * problem answers. One reader per document: the map is its own.
 */
final class PlatformReader extends Reader {

    private final Map<Operation, Method> methods = new IdentityHashMap<>();

    PlatformReader(OpenAPIConfiguration configuration) {
        super(configuration);
    }

    Optional<Method> methodOf(Operation operation) {
        return Optional.ofNullable(methods.get(operation));
    }

    // The overload Reader.read(...) calls for every resource method (swagger-jaxrs2 2.2.x).
    @Override
    @SuppressWarnings("rawtypes")
    public Operation parseMethod(Method method, List<Parameter> globalParameters, Produces methodProduces,
            Produces classProduces, Consumes methodConsumes, Consumes classConsumes,
            List<SecurityRequirement> classSecurityRequirements, Optional<ExternalDocumentation> classExternalDocs,
            Set<String> classTags, List<Server> classServers, boolean isSubresource, RequestBody parentRequestBody,
            ApiResponses parentResponses, JsonView jsonViewAnnotation,
            io.swagger.v3.oas.annotations.responses.ApiResponse[] classResponses, AnnotatedMethod annotatedMethod) {
        Operation operation = super.parseMethod(method, globalParameters, methodProduces, classProduces,
                methodConsumes, classConsumes, classSecurityRequirements, classExternalDocs, classTags, classServers,
                isSubresource, parentRequestBody, parentResponses, jsonViewAnnotation, classResponses,
                annotatedMethod);
        if (operation != null) {
            methods.put(operation, method);
        }
        return operation;
    }
}
