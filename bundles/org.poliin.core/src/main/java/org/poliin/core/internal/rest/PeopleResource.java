package org.poliin.core.internal.rest;

import static org.poliin.api.security.Roles.ADMIN;
import static org.poliin.api.security.Roles.COORDINATOR;
import static org.poliin.api.security.Roles.COUNSELLOR;
import static org.poliin.api.security.Roles.STAFF;

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
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.people.PersonDTO;
import org.poliin.api.people.PersonInput;
import org.poliin.api.people.PersonQuery;
import org.poliin.api.people.PersonService;
import org.poliin.api.rest.PlatformRest;

/** {@code /api/v1/people}: the people of the programme. Viewers see no one. */
@Component(service = PeopleResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PeopleResource {

    private final PersonService people;

    @Activate
    public PeopleResource(@Reference PersonService people) {
        this.people = people;
    }

    @GET
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public Page<PersonDTO> search(@Parameter(description = ListParameters.TEXT) @QueryParam("q") String text, @QueryParam("localityId") Long localityId,
            @QueryParam("externalId") String externalId, 
            @Parameter(description = PagingParameters.PAGE) @QueryParam("page") Integer page,
            @Parameter(description = PagingParameters.SIZE) @QueryParam("size") Integer size,
            @Parameter(description = PagingParameters.AFTER) @QueryParam("after") String after,
            @Parameter(description = PagingParameters.COUNT) @QueryParam("count") Boolean count) {
        return people.search(new PersonQuery(text, localityId, externalId, false),
                PageRequest.of(page, size, after, count));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public PersonDTO get(@PathParam("id") long id) {
        return people.get(id);
    }

    @POST
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public Response create(@Valid PersonInput input, @Context UriInfo uri) {
        PersonDTO person = people.create(input);
        return Created.at(uri, person.id, person);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public PersonDTO update(@PathParam("id") long id, @Valid PersonInput input) {
        return people.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR })
    public Response delete(@PathParam("id") long id) {
        people.delete(id);
        return Response.noContent().build();
    }
}
