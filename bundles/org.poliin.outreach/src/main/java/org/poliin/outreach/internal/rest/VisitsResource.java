package org.poliin.outreach.internal.rest;

import static org.poliin.api.security.Roles.ADMIN;
import static org.poliin.api.security.Roles.COORDINATOR;
import static org.poliin.api.security.Roles.STAFF;
import static org.poliin.api.rest.PagingParameters.AFTER;
import static org.poliin.api.rest.PagingParameters.COUNT;
import static org.poliin.api.rest.PagingParameters.PAGE;
import static org.poliin.api.rest.PagingParameters.SIZE;

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
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.event.EventStatus;
import org.poliin.api.rest.PlatformRest;
import org.poliin.outreach.internal.OutreachModule;
import org.poliin.outreach.internal.VersionInput;
import org.poliin.outreach.internal.VisitCorrection;
import org.poliin.outreach.internal.VisitDTO;
import org.poliin.outreach.internal.VisitInput;
import org.poliin.outreach.internal.VisitRecord;
import org.poliin.outreach.internal.persistence.VisitStore;
import org.poliin.outreach.internal.service.VisitService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/v1/outreach/visits}: planned visits, their record once done, their cancellation. A
 * visit's id is the id of its core event. Planned → done and planned → cancelled; done and cancelled
 * are final (409), but a done visit's counts may be corrected.
 */
@Component(service = VisitsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path(OutreachModule.ID + "/visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = OutreachModule.ID)
public final class VisitsResource {

    private final VisitService visits;
    private final VisitStore store;

    @Activate
    public VisitsResource(@Reference VisitService visits, @Reference VisitStore store) {
        this.visits = visits;
        this.store = store;
    }

    @GET
    @RolesAllowed({ ADMIN, COORDINATOR, STAFF })
    @Operation(summary = "Vizitele, după dată / The visits, by date")
    public Page<VisitDTO> search(@QueryParam("campaignId") Long campaignId, @QueryParam("schoolId") Long schoolId,
            @QueryParam("status") EventStatus status,
            @Parameter(description = PAGE) @QueryParam("page") Integer page,
            @Parameter(description = SIZE) @QueryParam("size") Integer size,
            @Parameter(description = AFTER) @QueryParam("after") String after,
            @Parameter(description = COUNT) @QueryParam("count") Boolean count) {
        return store.search(campaignId, schoolId, status, PageRequest.of(page, size, after, count));
    }

    @POST
    @RolesAllowed({ ADMIN, STAFF })
    @Operation(summary = "Planifică o vizită la un liceu eligibil / Plan a visit to an eligible high school")
    public Response plan(@Valid VisitInput input, @Context UriInfo uri) {
        VisitDTO visit = visits.plan(input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(visit.id)).build()).entity(visit).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR, STAFF })
    @Operation(summary = "O vizită, cu echipa și profesorii numiți / A visit, with its team and the teachers named")
    public VisitDTO get(@PathParam("id") long id) {
        return visits.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ ADMIN, STAFF })
    @Operation(summary = "Modifică o vizită planificată / Change a planned visit")
    public VisitDTO replan(@PathParam("id") long id, @Valid VisitInput input) {
        return visits.replan(id, input);
    }

    @POST
    @Path("{id}/done")
    @RolesAllowed({ ADMIN, STAFF })
    @Operation(summary = "Înregistrează vizita ca desfășurată / Record the visit as done",
            description = "Elevi pe clase, profesori, materiale (scad stocul; 409 dacă nu ajunge), stand. / Pupils per "
                    + "grade, teachers, materials (lower the stock; 409 when it does not suffice), stand.")
    public VisitDTO done(@PathParam("id") long id, @Valid VisitRecord record) {
        return visits.recordDone(id, record);
    }

    @POST
    @Path("{id}/correction")
    @RolesAllowed({ ADMIN, STAFF })
    @Operation(summary = "Corectează cifrele unei vizite desfășurate / Correct the counts of a done visit",
            description = "Elevi, profesori, stand; materialele și starea rămân. / Pupils, teachers, stand; the "
                    + "materials and the status stay.")
    public VisitDTO correct(@PathParam("id") long id, @Valid VisitCorrection correction) {
        return visits.correct(id, correction);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({ ADMIN, STAFF })
    @Operation(summary = "Anulează o vizită planificată / Cancel a planned visit")
    public VisitDTO cancel(@PathParam("id") long id, @Valid VersionInput input) {
        return visits.cancel(id, input.version);
    }
}
