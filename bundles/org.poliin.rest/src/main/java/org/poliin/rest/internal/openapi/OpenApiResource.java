package org.poliin.rest.internal.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.poliin.api.rest.PlatformRest;
import org.poliin.api.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI 3 document of the resources active in the platform
 * application now, so that a module's paths appear and disappear with the module. The document is
 * built once per set of active resources and kept until that set changes.
 *
 * <p>The whiteboard runtime is looked up at each request (a dynamic lookup reference): constructor
 * injection would tie this resource's lifecycle to the runtime's, and re-registering a resource makes
 * the whiteboard rebuild the whole application.
 */
@Component(service = OpenApiResource.class, reference = @Reference(name = OpenApiResource.RUNTIME,
        service = JaxrsServiceRuntime.class, cardinality = ReferenceCardinality.OPTIONAL,
        policy = ReferencePolicy.DYNAMIC))
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("openapi.json")
@Tag(name = "platform",
        description = "Descrierea API-ului și starea platformei. / The API description and the platform's health.")
public final class OpenApiResource {

    static final String RUNTIME = "runtime";
    private static final Logger LOG = LoggerFactory.getLogger(OpenApiResource.class);

    private final ResourceSource resources;
    private final String version;
    private final Object lock = new Object();
    /** The last document built and the resources it describes; replaced as a whole. */
    private volatile Document cached;

    @Activate
    public OpenApiResource(BundleContext bundleContext, ComponentContext componentContext) {
        this(new WhiteboardResources(bundleContext,
                () -> (JaxrsServiceRuntime) componentContext.locateService(RUNTIME)),
                bundleContext.getBundle().getVersion().toString());
    }

    OpenApiResource(ResourceSource resources, String version) {
        this.resources = resources;
        this.version = version;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.COUNSELLOR, Roles.STAFF, Roles.VIEWER })
    @Operation(summary = "Documentul OpenAPI 3 al API-ului / The OpenAPI 3 document of the API",
            description = "Resursele active acum, inclusiv ale modulelor instalate. / The resources active now, "
                    + "those of the installed modules included.",
            responses = @ApiResponse(responseCode = "200",
                    description = "Documentul OpenAPI 3 / The OpenAPI 3 document",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON)))
    public String document() {
        Set<Long> active = resources.activeResourceIds();
        Document document = cached;
        if (document != null && document.resources().equals(active)) {
            return document.json();
        }
        synchronized (lock) {
            document = cached;
            if (document == null || !document.resources().equals(active)) {
                document = new Document(Set.copyOf(active), build(active));
                cached = document;
            }
            return document.json();
        }
    }

    private String build(Set<Long> active) {
        List<Class<?>> classes = new ArrayList<>();
        for (Long id : active) {
            resources.resourceClass(id).ifPresent(classes::add);
        }
        LOG.debug("Building the OpenAPI document of {} resources", classes.size());
        return OpenApiDocument.toJson(OpenApiDocument.build(classes, version));
    }

    private record Document(Set<Long> resources, String json) {
    }
}
