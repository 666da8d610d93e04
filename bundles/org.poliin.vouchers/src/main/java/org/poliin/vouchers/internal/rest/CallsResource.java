package org.poliin.vouchers.internal.rest;

import static org.poliin.api.security.Roles.ADMIN;
import static org.poliin.api.security.Roles.COORDINATOR;
import static org.poliin.api.security.Roles.COUNSELLOR;
import static org.poliin.api.security.Roles.STAFF;
import static org.poliin.api.security.Roles.VIEWER;
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
import org.poliin.api.rest.PlatformRest;
import org.poliin.vouchers.internal.*;
import org.poliin.vouchers.internal.persistence.ApplicationStore;
import org.poliin.vouchers.internal.persistence.FundStore;
import org.poliin.vouchers.internal.service.VouchersService;

import io.swagger.v3.oas.annotations.Parameter;

/** {@code /api/v1/vouchers/calls}: calls for applications, their eligibility criteria and ranking. */
@Component(service = CallsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path(VouchersModule.ID + "/calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CallsResource {

    private final FundStore funds;
    private final ApplicationStore applications;

    @Activate
    public CallsResource(@Reference FundStore funds, @Reference ApplicationStore applications) {
        this.funds = funds;
        this.applications = applications;
    }

    @GET
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public Page<CallDTO> list(@QueryParam("fundId") Long fundId,
            @Parameter(description = PAGE) @QueryParam("page") Integer page,
            @Parameter(description = SIZE) @QueryParam("size") Integer size,
            @Parameter(description = AFTER) @QueryParam("after") String after,
            @Parameter(description = COUNT) @QueryParam("count") Boolean count) {
        return funds.calls(fundId, PageRequest.of(page, size, after, count));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public CallDTO get(@PathParam("id") long id) {
        return funds.call(id);
    }

    @POST
    @RolesAllowed({ ADMIN, COORDINATOR })
    public Response create(@Valid CallInput input, @Context UriInfo uri) {
        CallDTO call = funds.createCall(input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(call.id)).build()).entity(call).build();
    }

    /**
     * The eligible applications ranked: score (criteria points plus the evaluator's), then the earlier
     * submission; a page by key numbers on from the rank of the page before. Without the criteria, for
     * anyone: open an application to see them.
     */
    @GET
    @Path("{id}/ranking")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR })
    public Page<ApplicationDTO> ranking(@PathParam("id") long id,
            @Parameter(description = PAGE) @QueryParam("page") Integer page,
            @Parameter(description = SIZE) @QueryParam("size") Integer size,
            @Parameter(description = AFTER) @QueryParam("after") String after,
            @Parameter(description = COUNT) @QueryParam("count") Boolean count) {
        funds.call(id);
        return applications.ranking(id, PageRequest.of(page, size, after, count)).map(VouchersService::withoutCriteria);
    }
}
