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
import org.poliin.api.rest.PlatformRest;
import org.poliin.vouchers.internal.*;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.vouchers.internal.persistence.ApplicationStore;
import org.poliin.vouchers.internal.service.VouchersService;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * {@code /api/v1/vouchers/applications}: applications, eligibility, evaluation and decisions. The
 * disadvantage criteria are shown only to coordinators and counsellors, one application at a time,
 * and each such read is audited (give the reason in {@code X-Poliin-Reason}).
 */
@Component(service = ApplicationsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path(VouchersModule.ID + "/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ApplicationsResource {

    private final ApplicationStore applications;
    private final VouchersService service;

    @Activate
    public ApplicationsResource(@Reference ApplicationStore applications, @Reference VouchersService service) {
        this.applications = applications;
        this.service = service;
    }

    @GET
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public Page<ApplicationDTO> search(@QueryParam("callId") Long callId, @QueryParam("status") String status,
            @Parameter(description = PAGE) @QueryParam("page") Integer page,
            @Parameter(description = SIZE) @QueryParam("size") Integer size,
            @Parameter(description = AFTER) @QueryParam("after") String after,
            @Parameter(description = COUNT) @QueryParam("count") Boolean count) {
        if (status != null && !ApplicationStore.STATUSES.contains(status)) {
            throw InvalidInputException.of("status", LocalizedText.of("trebuie să fie una dintre stările " + ApplicationStore.STATUSES,
                    "must be one of " + ApplicationStore.STATUSES));
        }
        return applications.search(callId, status, PageRequest.of(page, size, after, count)).map(VouchersService::withoutCriteria);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public ApplicationDTO get(@PathParam("id") long id) {
        return service.view(applications.get(id));
    }

    /** Submits an application; the answer says whether it is eligible and, to those who may see them, which criteria failed. */
    @POST
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public Response submit(@Valid ApplicationInput input, @Context UriInfo uri) {
        ApplicationDTO application = service.submit(input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(application.id)).build())
                .entity(application).build();
    }

    /** The evaluator's points, added to the points of the criteria met. */
    @PUT
    @Path("{id}/assessment")
    @RolesAllowed({ ADMIN, COORDINATOR })
    public ApplicationDTO assess(@PathParam("id") long id, @Valid AssessmentInput input) {
        return VouchersService.withoutCriteria(applications.assess(id, input.points));
    }

    /**
     * Approves and issues the voucher; 409 when the fund has no room left, or the application is not
     * eligible or already decided.
     */
    @POST
    @Path("{id}/approve")
    @RolesAllowed({ ADMIN, COORDINATOR })
    public VoucherDTO approve(@PathParam("id") long id, @Valid AwardInput input) {
        return service.approve(id, input);
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed({ ADMIN, COORDINATOR })
    public ApplicationDTO reject(@PathParam("id") long id, @Valid DecisionInput input) {
        return VouchersService.withoutCriteria(applications.decide(id, ApplicationStore.REJECTED, input.reason));
    }

    /** Puts the application on the waiting list: it moves up when an award is declined. */
    @POST
    @Path("{id}/waitlist")
    @RolesAllowed({ ADMIN, COORDINATOR })
    public ApplicationDTO waitlist(@PathParam("id") long id, @Valid DecisionInput input) {
        return VouchersService.withoutCriteria(applications.decide(id, ApplicationStore.WAITLISTED, input.reason));
    }
}
