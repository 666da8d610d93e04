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
import java.time.LocalDate;

import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.event.EventDTO;
import org.poliin.api.event.ParticipantDTO;
import org.poliin.vouchers.internal.service.MeetingService;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * {@code /api/v1/vouchers/meetings}: the beneficiary group's meetings (core events of type
 * {@code vouchers.group-meeting}; participants also through {@code /api/v1/events/{id}/participants}),
 * attendance and short reflections.
 */
@Component(service = MeetingsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path(VouchersModule.ID + "/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class MeetingsResource {

    private final MeetingService meetings;

    @Activate
    public MeetingsResource(@Reference MeetingService meetings) {
        this.meetings = meetings;
    }

    @GET
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public Page<EventDTO> list(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @Parameter(description = PAGE) @QueryParam("page") Integer page,
            @Parameter(description = SIZE) @QueryParam("size") Integer size,
            @Parameter(description = AFTER) @QueryParam("after") String after,
            @Parameter(description = COUNT) @QueryParam("count") Boolean count) {
        return meetings.list(from, to, PageRequest.of(page, size, after, count));
    }

    @POST
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public Response create(@Valid MeetingInput input, @Context UriInfo uri) {
        EventDTO meeting = meetings.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(meeting.id)).build()).entity(meeting).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public EventDTO get(@PathParam("id") long id) {
        return meetings.meeting(id);
    }

    /** Whether a beneficiary came: {@code {"personId": 12, "attendance": "PRESENT"}}; repeating it changes nothing. */
    @PUT
    @Path("{id}/attendance")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public ParticipantDTO attendance(@PathParam("id") long id, @Valid AttendanceInput input) {
        return meetings.attendance(id, input);
    }

    @GET
    @Path("{id}/reflections")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public List<ReflectionDTO> reflections(@PathParam("id") long id) {
        return meetings.reflections(id);
    }

    @POST
    @Path("{id}/reflections")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public Response reflect(@PathParam("id") long id, @Valid ReflectionInput input, @Context UriInfo uri) {
        ReflectionDTO reflection = meetings.reflect(id, input);
        return Response.status(Response.Status.CREATED).entity(reflection).build();
    }
}
