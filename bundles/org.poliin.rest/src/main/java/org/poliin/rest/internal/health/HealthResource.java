package org.poliin.rest.internal.health;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.apache.felix.hc.api.execution.HealthCheckExecutor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.BaseDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.service.metatype.annotations.Designate;
import org.poliin.api.rest.PlatformRest;
import org.poliin.api.security.CurrentUser;
import org.poliin.rest.internal.problem.Language;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/v1/health}: 200 {@code {"status":"UP","checks":[...]}} or 503 with {@code DOWN}. The
 * only endpoint open without login (load balancers and monitors call it); anonymous callers see each
 * check's name and status only, authenticated ones also what it reported.
 *
 * <p>The Felix executor, the whiteboard runtime and the current user are looked up per request
 * (dynamic lookup references): any of them may come and go without this resource being re-registered,
 * which would make the whiteboard rebuild the application.
 */
@Component(service = HealthResource.class, configurationPid = HealthResource.PID, reference = {
        @Reference(name = HealthResource.EXECUTOR, service = HealthCheckExecutor.class,
                cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC),
        @Reference(name = HealthResource.RUNTIME, service = JaxrsServiceRuntime.class,
                cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC),
        @Reference(name = HealthResource.CURRENT_USER, service = CurrentUser.class,
                cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC) })
@Designate(ocd = HealthConfiguration.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("health")
@Tag(name = "platform")
public final class HealthResource {

    /** The configuration PID. */
    public static final String PID = "org.poliin.rest.health";
    /** The tag ({@code hc.tags}) of the platform's health checks. */
    public static final String TAG = "poliin";

    static final String EXECUTOR = "executor";
    static final String RUNTIME = "runtime";
    static final String CURRENT_USER = "currentUser";

    private final HealthAggregator aggregator;
    private final ComponentContext context;

    @Activate
    public HealthResource(ComponentContext context, HealthConfiguration configuration) {
        this(context, new HealthAggregator(
                () -> (HealthCheckExecutor) context.locateService(EXECUTOR),
                () -> applicationServing((JaxrsServiceRuntime) context.locateService(RUNTIME),
                        whiteboardServices(context.getBundleContext())),
                configuration.timeoutMillis(), configuration.tags(), configuration.cacheMillis(),
                System::currentTimeMillis));
    }

    HealthResource(ComponentContext context, HealthAggregator aggregator) {
        this.context = context;
        this.aggregator = aggregator;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Starea platformei / The platform's health",
            description = "Deschis fără autentificare; mesajele verificărilor doar pentru utilizatorii "
                    + "autentificați. "
                    + "/ Open without login; the checks' messages for authenticated users only.",
            responses = {
                @ApiResponse(responseCode = "200", description = "UP",
                        content = @Content(schema = @Schema(implementation = HealthDTO.class))),
                @ApiResponse(responseCode = "503", description = "DOWN",
                        content = @Content(schema = @Schema(implementation = HealthDTO.class))) })
    public Response health(@Context SecurityContext security, @Context HttpHeaders headers) {
        Locale locale = headers == null ? Language.EN : Language.choose(headers.getAcceptableLanguages());
        HealthDTO health = aggregator.health(isAuthenticated(security), locale);
        return Response.status(HealthDTO.UP.equals(health.status) ? 200 : 503)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, Language.tag(locale))
                .entity(health)
                .build();
    }

    private boolean isAuthenticated(SecurityContext security) {
        if (security != null && security.getUserPrincipal() != null) {
            return true;
        }
        CurrentUser user = (CurrentUser) context.locateService(CURRENT_USER);
        return user != null && user.get().isPresent();
    }

    /** Resources and extensions registered for some JAX-RS application, this platform's among them. */
    private static final String WHITEBOARD_SERVICES = "(&(osgi.jaxrs.application.select=*)(|(osgi.jaxrs.resource=true)"
            + "(osgi.jaxrs.extension=true)))";

    /** The service ids of every resource and extension that asks to join an application. */
    static Set<Long> whiteboardServices(BundleContext bundleContext) {
        Set<Long> ids = new HashSet<>();
        try {
            ServiceReference<?>[] references = bundleContext.getAllServiceReferences(null, WHITEBOARD_SERVICES);
            for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
                ids.add((Long) reference.getProperty(Constants.SERVICE_ID));
            }
        } catch (InvalidSyntaxException | IllegalStateException e) {
            // a constant filter; a stopping bundle: nothing to wait for
        }
        return ids;
    }

    /**
     * Whether the whiteboard serves the platform application and has taken in every resource and
     * extension registered so far (served or refused, but no longer pending): while a module starts, the
     * whiteboard re-publishes the application, and its paths answer 404 until it has. True when the
     * runtime cannot be asked (we are answering).
     */
    static boolean applicationServing(JaxrsServiceRuntime runtime, Set<Long> whiteboardServices) {
        if (runtime == null) {
            return true;
        }
        RuntimeDTO dto = runtime.getRuntimeDTO();
        ApplicationDTO[] applications = Optional.ofNullable(dto.applicationDTOs).orElse(new ApplicationDTO[0]);
        boolean listed = Stream.of(applications).anyMatch(application -> PlatformRest.APPLICATION_NAME.equals(application.name));
        if (!listed) {
            return false;
        }
        Set<Long> known = new HashSet<>();
        for (ApplicationDTO application : applications) {
            addIds(known, application.resourceDTOs);
            addIds(known, application.extensionDTOs);
        }
        addIds(known, dto.failedResourceDTOs);
        addIds(known, dto.failedExtensionDTOs);
        return known.containsAll(whiteboardServices);
    }

    private static void addIds(Set<Long> ids, BaseDTO[] dtos) {
        if (dtos != null) {
            for (BaseDTO dto : dtos) {
                ids.add(dto.serviceId);
            }
        }
    }
}
