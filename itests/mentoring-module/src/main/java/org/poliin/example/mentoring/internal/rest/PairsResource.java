package org.poliin.example.mentoring.internal.rest;

import static org.poliin.api.security.Roles.ADMIN;
import static org.poliin.api.security.Roles.COORDINATOR;
import static org.poliin.api.security.Roles.STAFF;


import javax.annotation.security.RolesAllowed;
import javax.validation.Valid;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.people.PersonService;
import org.poliin.api.rest.PlatformRest;
import org.poliin.example.mentoring.internal.MentoringModule;
import org.poliin.example.mentoring.internal.PairDTO;
import org.poliin.example.mentoring.internal.PairEnd;
import org.poliin.example.mentoring.internal.PairInput;
import org.poliin.example.mentoring.internal.persistence.PairStore;

/** {@code /api/v1/mentoring/pairs}: the module's resource joins the platform's one application. */
@Component(service = PairsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path(MentoringModule.ID + "/pairs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PairsResource {

    private final PairStore pairs;
    private final PersonService people;

    @Activate
    public PairsResource(@Reference PairStore pairs, @Reference PersonService people) {
        this.pairs = pairs;
        this.people = people;
    }

    @GET
    @RolesAllowed({ ADMIN, COORDINATOR, STAFF })
    public Page<PairDTO> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("after") String after, @QueryParam("count") Boolean count) {
        return pairs.page(PageRequest.of(page, size, after, count));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR, STAFF })
    public PairDTO get(@PathParam("id") long id) {
        return pairs.get(id);
    }

    @POST
    @RolesAllowed({ ADMIN, COORDINATOR, STAFF })
    public Response create(@Valid PairInput input, @Context UriInfo uri) {
        if (input.mentorPersonId.equals(input.menteePersonId)) {
            throw InvalidInputException.of("menteePersonId", LocalizedText.of(
                    "mentorul și studentul îndrumat trebuie să fie persoane diferite",
                    "the mentor and the mentee must be different persons"));
        }
        people.get(input.mentorPersonId);
        people.get(input.menteePersonId);
        PairDTO pair = pairs.create(input.mentorPersonId, input.menteePersonId, input.startedOn, input.goals);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(pair.id)).build()).entity(pair).build();
    }

    /** Ends a pair: {@code {"endedOn": "2025-01-31", "version": 1}}. */
    @POST
    @Path("{id}/end")
    @RolesAllowed({ ADMIN, COORDINATOR, STAFF })
    public PairDTO end(@PathParam("id") long id, @Valid PairEnd end) {
        return pairs.end(id, end.endedOn, end.version);
    }
}
