package org.poliin.counselling.internal.rest;

import static org.poliin.api.security.Roles.ADMIN;
import static org.poliin.api.security.Roles.COORDINATOR;
import static org.poliin.api.security.Roles.COUNSELLOR;
import static org.poliin.api.security.Roles.STAFF;
import static org.poliin.api.security.Roles.VIEWER;
import static org.poliin.api.rest.PagingParameters.AFTER;
import static org.poliin.api.rest.PagingParameters.COUNT;
import static org.poliin.api.rest.PagingParameters.PAGE;
import static org.poliin.api.rest.PagingParameters.SIZE;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import javax.annotation.security.RolesAllowed;
import javax.validation.Valid;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.imports.ImportReport;
import org.poliin.api.rest.PlatformRest;
import org.poliin.counselling.internal.*;
import org.poliin.counselling.internal.persistence.*;
import org.poliin.counselling.internal.service.*;

import io.swagger.v3.oas.annotations.Parameter;

/** {@code /api/v1/counselling/alerts}: early alerts of the students the counsellor is assigned to. */
@Component(service = AlertsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path(CounsellingModule.ID + "/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AlertsResource {

    private final AlertStore alerts;
    private final Access access;

    @Activate
    public AlertsResource(@Reference AlertStore alerts, @Reference Access access) {
        this.alerts = alerts;
        this.access = access;
    }

    @GET
    @RolesAllowed(COUNSELLOR)
    public Page<AlertDTO> list(@QueryParam("status") AlertStatus status,
            @Parameter(description = PAGE) @QueryParam("page") Integer page,
            @Parameter(description = SIZE) @QueryParam("size") Integer size,
            @Parameter(description = AFTER) @QueryParam("after") String after,
            @Parameter(description = COUNT) @QueryParam("count") Boolean count) {
        return alerts.forCounsellor(access.user(), status, PageRequest.of(page, size, after, count));
    }

    @POST
    @Path("{id}/acknowledgement")
    @RolesAllowed(COUNSELLOR)
    public AlertDTO acknowledge(@PathParam("id") long id) {
        return alerts.acknowledge(id, access.user());
    }

    @POST
    @Path("{id}/resolution")
    @RolesAllowed(COUNSELLOR)
    public AlertDTO resolve(@PathParam("id") long id, @Valid ResolutionInput input) {
        return alerts.resolve(id, access.user(), input.note.trim());
    }

    /** Runs the rules for every open student now (they also run every 15 minutes and after each relevant write). */
    @POST
    @Path("evaluation")
    @RolesAllowed({ ADMIN, COUNSELLOR })
    public RunDTO evaluate() {
        return alerts.evaluateAll(LocalDate.now());
    }
}
