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
import org.poliin.api.rest.PlatformRest;
import org.poliin.vouchers.internal.*;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.people.PersonDTO;
import org.poliin.api.people.PersonService;
import org.poliin.vouchers.internal.persistence.FundStore;
import org.poliin.vouchers.internal.persistence.VoucherStore;
import org.poliin.vouchers.internal.service.VoucherCodes;
import org.poliin.vouchers.internal.service.VoucherPdf;
import org.poliin.vouchers.internal.service.VouchersService;

import io.swagger.v3.oas.annotations.Parameter;

/** {@code /api/v1/vouchers/vouchers}: the vouchers issued, looked up by id or by code, printable as PDF. */
@Component(service = VouchersResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path(VouchersModule.ID + "/vouchers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class VouchersResource {

    static final String PDF = "application/pdf";

    private final VoucherStore vouchers;
    private final FundStore funds;
    private final VouchersService service;
    private final PersonService people;

    @Activate
    public VouchersResource(@Reference VoucherStore vouchers, @Reference FundStore funds,
            @Reference VouchersService service, @Reference PersonService people) {
        this.vouchers = vouchers;
        this.funds = funds;
        this.service = service;
        this.people = people;
    }

    @GET
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public Page<VoucherDTO> search(@QueryParam("fundId") Long fundId,
            @Parameter(description = PAGE) @QueryParam("page") Integer page,
            @Parameter(description = SIZE) @QueryParam("size") Integer size,
            @Parameter(description = AFTER) @QueryParam("after") String after,
            @Parameter(description = COUNT) @QueryParam("count") Boolean count) {
        return vouchers.search(fundId, PageRequest.of(page, size, after, count));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public VoucherDTO get(@PathParam("id") long id) {
        return vouchers.get(id);
    }

    /** A venue checks a code and its balance: any case, with or without dashes; 400 for a mistyped code, 404 for an unknown one. */
    @GET
    @Path("codes/{code}")
    @RolesAllowed({ ADMIN, COORDINATOR, STAFF })
    public VoucherDTO byCode(@PathParam("code") String code) {
        return vouchers.byCode(VoucherCodes.normalise("code", code));
    }

    @GET
    @Path("{id}/redemptions")
    @RolesAllowed({ ADMIN, COORDINATOR, STAFF })
    public List<RedemptionDTO> redemptions(@PathParam("id") long id) {
        return vouchers.redemptions(id);
    }

    /** The printable voucher for the student (PDF, Romanian and English). */
    @GET
    @Path("{id}/pdf")
    @Produces({ PDF, MediaType.APPLICATION_JSON })
    @RolesAllowed({ ADMIN, COORDINATOR, STAFF })
    public Response pdf(@PathParam("id") long id) {
        VoucherDTO voucher = vouchers.get(id);
        FundDTO fund = funds.fund(voucher.fundId);
        String holder = people.find(voucher.personId).filter(p -> !p.erased)
                .map((PersonDTO p) -> p.givenName + " " + p.familyName).orElse("—");
        byte[] document = VoucherPdf.render(voucher, fund, holder);
        return Response.ok(document, PDF)
                .header("Content-Disposition", "attachment; filename=\"voucher-" + voucher.code + ".pdf\"").build();
    }

    /** The student declines the award: the value returns to the fund and the waiting list moves up. */
    @POST
    @Path("{id}/decline")
    @RolesAllowed({ ADMIN, COORDINATOR })
    public DeclineDTO decline(@PathParam("id") long id, @Valid DecisionInput input) {
        return service.decline(id, input.reason);
    }
}
