package org.poliin.core.internal.rest;

import static org.poliin.api.security.Roles.ADMIN;
import static org.poliin.api.security.Roles.COORDINATOR;
import static org.poliin.api.security.Roles.COUNSELLOR;
import static org.poliin.api.security.Roles.STAFF;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

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
import org.poliin.api.imports.ImportReport;
import org.poliin.api.organisation.LocalityType;
import org.poliin.api.organisation.OrganisationDTO;
import org.poliin.api.organisation.OrganisationInput;
import org.poliin.api.organisation.OrganisationQuery;
import org.poliin.api.organisation.OrganisationService;
import org.poliin.api.organisation.OrganisationType;
import org.poliin.api.rest.PlatformRest;

/** {@code /api/v1/organisations}: high schools, universities, partners, venues. */
@Component(service = OrganisationsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class OrganisationsResource {

    private final OrganisationService organisations;

    @Activate
    public OrganisationsResource(@Reference OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GET
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public Page<OrganisationDTO> search(@Parameter(description = ListParameters.TEXT) @QueryParam("q") String text, @QueryParam("type") OrganisationType type,
            @QueryParam("county") String county, @QueryParam("localityType") LocalityType localityType,
            @QueryParam("maxPopulation") Integer maxPopulation, 
            @Parameter(description = PagingParameters.PAGE) @QueryParam("page") Integer page,
            @Parameter(description = PagingParameters.SIZE) @QueryParam("size") Integer size,
            @Parameter(description = PagingParameters.AFTER) @QueryParam("after") String after,
            @Parameter(description = PagingParameters.COUNT) @QueryParam("count") Boolean count) {
        return organisations.search(new OrganisationQuery(text, type, county, localityType, maxPopulation),
                PageRequest.of(page, size, after, count));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public OrganisationDTO get(@PathParam("id") long id) {
        return organisations.get(id);
    }

    @POST
    @RolesAllowed({ ADMIN, COORDINATOR, STAFF })
    public Response create(@Valid OrganisationInput input, @Context UriInfo uri) {
        OrganisationDTO organisation = organisations.create(input);
        return Created.at(uri, organisation.id, organisation);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR, STAFF })
    public OrganisationDTO update(@PathParam("id") long id, @Valid OrganisationInput input) {
        return organisations.update(id, input);
    }

    /** Imports a CSV file with the header {@code code,name,type,locality_code[,address,email,phone,website]}. */
    @POST
    @Path("import")
    @Consumes({ PlatformRest.TEXT_CSV, MediaType.TEXT_PLAIN })
    @RolesAllowed({ ADMIN, COORDINATOR, STAFF })
    public ImportReport importCsv(InputStream csv) {
        return organisations.importCsv(new InputStreamReader(csv, StandardCharsets.UTF_8));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR })
    public Response delete(@PathParam("id") long id) {
        organisations.delete(id);
        return Response.noContent().build();
    }
}
