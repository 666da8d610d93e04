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

import java.util.List;

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
import org.poliin.api.common.PageRequest;
import org.poliin.api.common.Page;
import org.poliin.api.rest.PlatformRest;
import org.poliin.vouchers.internal.*;
import org.poliin.vouchers.internal.persistence.FundStore;
import org.poliin.vouchers.internal.service.VouchersService;

import io.swagger.v3.oas.annotations.Parameter;

/** {@code /api/v1/vouchers/funds}: funds (budget, voucher value, categories) and their partner venues. */
@Component(service = FundsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path(VouchersModule.ID + "/funds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class FundsResource {

    private final FundStore funds;
    private final VouchersService service;

    @Activate
    public FundsResource(@Reference FundStore funds, @Reference VouchersService service) {
        this.funds = funds;
        this.service = service;
    }

    /** The funds, newest first, with where their money stands. Budgets are not personal: every role. */
    @GET
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF, VIEWER })
    public Page<FundDTO> list(@Parameter(description = PAGE) @QueryParam("page") Integer page,
            @Parameter(description = SIZE) @QueryParam("size") Integer size,
            @Parameter(description = AFTER) @QueryParam("after") String after,
            @Parameter(description = COUNT) @QueryParam("count") Boolean count) {
        return funds.funds(PageRequest.of(page, size, after, count));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF, VIEWER })
    public FundDTO get(@PathParam("id") long id) {
        return funds.fund(id);
    }

    /** A new fund: {@code {"name", "periodFrom", "periodTo", "budget": 7950.00, "voucherValue": 150.00, "categories": [...]}}. */
    @POST
    @RolesAllowed({ ADMIN, COORDINATOR })
    public Response create(@Valid FundInput input, @Context UriInfo uri) {
        FundDTO fund = service.createFund(input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(fund.id)).build()).entity(fund).build();
    }

    @GET
    @Path("{id}/venues")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public List<VenueDTO> venues(@PathParam("id") long id) {
        return funds.venues(id);
    }

    @POST
    @Path("{id}/venues")
    @RolesAllowed({ ADMIN, COORDINATOR })
    public Response addVenue(@PathParam("id") long id, @Valid VenueInput input, @Context UriInfo uri) {
        VenueDTO venue = service.addVenue(id, input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(venue.id)).build()).entity(venue).build();
    }
}
