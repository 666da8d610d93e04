package org.poliin.vouchers.internal.rest;

import static org.poliin.api.security.Roles.ADMIN;
import static org.poliin.api.security.Roles.COORDINATOR;
import static org.poliin.api.security.Roles.COUNSELLOR;
import static org.poliin.api.security.Roles.STAFF;
import static org.poliin.api.security.Roles.VIEWER;


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
import org.poliin.api.rest.PlatformRest;
import org.poliin.vouchers.internal.*;
import org.poliin.vouchers.internal.service.VouchersService;

/**
 * {@code /api/v1/vouchers/redemptions}: a venue or the coordinator records a spending against a
 * voucher code. 201 for a new spending; 200 with {@code repeated: true} for the same receipt sent
 * again; 409 when the amount exceeds the balance, the voucher expired, or the receipt was used for
 * another spending; 404 for an unknown code; 400 for a mistyped code or a bad amount.
 */
@Component(service = RedemptionsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path(VouchersModule.ID + "/redemptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class RedemptionsResource {

    private final VouchersService service;

    @Activate
    public RedemptionsResource(@Reference VouchersService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ ADMIN, COORDINATOR, STAFF })
    public Response redeem(@Valid RedemptionInput input, @Context UriInfo uri) {
        RedemptionDTO redemption = service.redeem(input);
        if (redemption.repeated) {
            return Response.ok(redemption).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(redemption.id)).build())
                .entity(redemption).build();
    }
}
