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

/** {@code /api/v1/counselling/meetings}: facilitated group meetings (core events of type counselling.group-meeting). Attendance: counsellors only, reads audited. */
@Component(service = MeetingsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path(CounsellingModule.ID + "/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class MeetingsResource {

    private final MeetingStore meetings;
    private final Access access;

    @Activate
    public MeetingsResource(@Reference MeetingStore meetings, @Reference Access access) {
        this.meetings = meetings;
        this.access = access;
    }

    @GET
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR })
    public Page<MeetingDTO> list(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @Parameter(description = PAGE) @QueryParam("page") Integer page,
            @Parameter(description = SIZE) @QueryParam("size") Integer size,
            @Parameter(description = AFTER) @QueryParam("after") String after,
            @Parameter(description = COUNT) @QueryParam("count") Boolean count) {
        return meetings.list(from, to, PageRequest.of(page, size, after, count));
    }

    @POST
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR })
    public Response create(@Valid MeetingInput input, @Context UriInfo uri) {
        MeetingDTO meeting = meetings.create(input);
        return StudentsResource.created(uri, meeting.id, meeting);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR })
    public MeetingDTO get(@PathParam("id") long id) {
        return meetings.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR })
    public MeetingDTO update(@PathParam("id") long id, @Valid MeetingInput input) {
        if (input.version == null) {
            throw InvalidInputException.of("version", LocalizedText.of("este obligatorie la modificare",
                    "is required to change a record"));
        }
        return meetings.update(id, input);
    }

    @GET
    @Path("{id}/attendance")
    @RolesAllowed(COUNSELLOR)
    public List<AttendanceDTO> attendance(@PathParam("id") long id) {
        access.requireReason();
        return meetings.attendance(id);
    }

    /** Records a supported student's attendance (also on the core event); the alert rules run after it. */
    @PUT
    @Path("{id}/attendance")
    @RolesAllowed(COUNSELLOR)
    public AttendanceDTO record(@PathParam("id") long id, @Valid AttendanceInput input) {
        return meetings.record(id, input.studentId, input.attendance, LocalDate.now());
    }
}
