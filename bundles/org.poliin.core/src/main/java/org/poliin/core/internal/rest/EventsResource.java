package org.poliin.core.internal.rest;

import static org.poliin.api.security.Roles.ADMIN;
import static org.poliin.api.security.Roles.COORDINATOR;
import static org.poliin.api.security.Roles.COUNSELLOR;
import static org.poliin.api.security.Roles.STAFF;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.annotation.security.RolesAllowed;
import javax.validation.Valid;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;

import io.swagger.v3.oas.annotations.Parameter;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.poliin.api.rest.PagingParameters;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.errors.AccessDeniedException;
import org.poliin.api.event.EventDTO;
import org.poliin.api.event.EventInput;
import org.poliin.api.event.EventQuery;
import org.poliin.api.event.EventService;
import org.poliin.api.event.EventStatus;
import org.poliin.api.event.EventTypeDTO;
import org.poliin.api.event.ParticipantDTO;
import org.poliin.api.event.ParticipantInput;
import org.poliin.api.rest.PlatformRest;
import org.poliin.api.security.CurrentUser;
import org.poliin.api.security.PlatformUser;

/**
 * {@code /api/v1/events}: events of every type, with their participants. Who may see or change an
 * event's participants is decided by its type's owning module ({@link EventTypeDTO#participantReaders}).
 */
@Component(service = EventsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class EventsResource {

    private final EventService events;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    @Activate
    public EventsResource(@Reference EventService events, @Reference CurrentUser currentUser,
            @Reference AuditLog audit) {
        this.events = events;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @GET
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public Page<EventDTO> search(@QueryParam("module") String moduleId, @QueryParam("type") List<String> types,
            @QueryParam("status") List<EventStatus> statuses, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("organisationId") Long organisationId,
            @Parameter(description = ListParameters.TEXT) @QueryParam("q") String text,
            @Parameter(description = PagingParameters.PAGE) @QueryParam("page") Integer page,
            @Parameter(description = PagingParameters.SIZE) @QueryParam("size") Integer size,
            @Parameter(description = PagingParameters.AFTER) @QueryParam("after") String after,
            @Parameter(description = PagingParameters.COUNT) @QueryParam("count") Boolean count) {
        return events.search(new EventQuery(moduleId, Set.copyOf(types), Set.copyOf(statuses), from, to,
                organisationId, text), PageRequest.of(page, size, after, count));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public EventDTO get(@PathParam("id") long id) {
        return events.get(id);
    }

    @POST
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public Response create(@Valid EventInput input, @Context UriInfo uri) {
        EventDTO event = events.create(input);
        return Created.at(uri, event.id, event);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public EventDTO update(@PathParam("id") long id, @Valid EventInput input) {
        return events.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR })
    public Response delete(@PathParam("id") long id) {
        events.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/participants")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public Response participants(@PathParam("id") long id,
            @Parameter(description = "Câți participanți are o pagină, 1–500, implicit 500 / How many participants a page "
                    + "holds, 1–500, default 500") @QueryParam("size") Integer size,
            @Parameter(description = PagingParameters.AFTER + " (antetul Link rel=\"next\" / the Link rel=\"next\" header)")
            @QueryParam("after") String after,
            @Parameter(description = "true: numărul tuturor participanților în antetul X-Total-Count / true: the count "
                    + "of every participant in the X-Total-Count header") @QueryParam("count") Boolean count,
            @Context UriInfo uri) {
        EventTypeDTO type = participantAccess(id);
        Page<ParticipantDTO> participants = events.participants(id,
                PageRequest.of(0, size == null ? PageRequest.MAX_SIZE : size, after, count));
        if (type.auditParticipantReads) {
            audit.record(AuditRecord.of(type.moduleId, "event.participants.read", "event", id));
        }
        // The answer stays a JSON array (as before paging); the next page is in the Link header.
        Response.ResponseBuilder answer = Response.ok(participants.items);
        if (participants.next != null) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("after", participants.next)
                    .replaceQueryParam("count").build(), "next");
        }
        if (participants.total != Page.NOT_COUNTED) {
            answer.header("X-Total-Count", participants.total);
        }
        return answer.build();
    }

    @PUT
    @Path("{id}/participants")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public ParticipantDTO putParticipant(@PathParam("id") long id, @Valid ParticipantInput input) {
        participantAccess(id);
        return events.putParticipant(id, input);
    }

    @DELETE
    @Path("{id}/participants/{personId}")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public Response removeParticipant(@PathParam("id") long id, @PathParam("personId") long personId) {
        participantAccess(id);
        events.removeParticipant(id, personId);
        return Response.noContent().build();
    }

    /**
     * The event's type, if the current user may see its participants. The participants of an event
     * whose module is absent are shown to no one: without the module, nobody can tell who may see them.
     */
    private EventTypeDTO participantAccess(long eventId) {
        EventDTO event = events.get(eventId);
        EventTypeDTO type = events.eventType(event.type).orElseThrow(() -> new AccessDeniedException(LocalizedText.of(
                "Modulul „" + event.moduleId + "” care deține acest eveniment nu este instalat; participanții nu pot fi afișați.",
                "Module \"" + event.moduleId + "\" that owns this event is not installed; its participants cannot be shown.")));
        PlatformUser user = currentUser.get().orElseThrow();
        boolean allowed = type.participantReaders.isEmpty()
                || type.participantReaders.stream().anyMatch(user::hasRole);
        if (!allowed) {
            throw new AccessDeniedException(LocalizedText.of(
                    "Participanții la evenimentele de tipul „" + type.key + "” sunt vizibili doar pentru rolurile "
                            + type.participantReaders + ".",
                    "The participants of events of type \"" + type.key + "\" are visible to the roles "
                            + type.participantReaders + " only."));
        }
        return type;
    }
}
