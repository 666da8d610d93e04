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
import org.poliin.api.organisation.LocalityDTO;
import org.poliin.api.organisation.LocalityInput;
import org.poliin.api.organisation.LocalityQuery;
import org.poliin.api.organisation.LocalityService;
import org.poliin.api.organisation.LocalityType;
import org.poliin.api.rest.PlatformRest;

/** {@code /api/v1/localities}: localities with their official code, county, population and type. */
@Component(service = LocalitiesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("localities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class LocalitiesResource {

    private final LocalityService localities;

    @Activate
    public LocalitiesResource(@Reference LocalityService localities) {
        this.localities = localities;
    }

    @GET
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public Page<LocalityDTO> search(@Parameter(description = ListParameters.TEXT) @QueryParam("q") String text, @QueryParam("county") String county,
            @QueryParam("type") LocalityType type, @QueryParam("maxPopulation") Integer maxPopulation,
            @Parameter(description = PagingParameters.PAGE) @QueryParam("page") Integer page,
            @Parameter(description = PagingParameters.SIZE) @QueryParam("size") Integer size,
            @Parameter(description = PagingParameters.AFTER) @QueryParam("after") String after,
            @Parameter(description = PagingParameters.COUNT) @QueryParam("count") Boolean count) {
        return localities.search(new LocalityQuery(text, county, type, maxPopulation),
                PageRequest.of(page, size, after, count));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF })
    public LocalityDTO get(@PathParam("id") long id) {
        return localities.get(id);
    }

    @POST
    @RolesAllowed({ ADMIN, COORDINATOR })
    public Response create(@Valid LocalityInput input, @Context UriInfo uri) {
        LocalityDTO locality = localities.create(input);
        return Created.at(uri, locality.id, locality);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR })
    public LocalityDTO update(@PathParam("id") long id, @Valid LocalityInput input) {
        return localities.update(id, input);
    }

    /** Imports a CSV file (UTF-8) with the header {@code code,name,county,population,type}. */
    @POST
    @Path("import")
    @Consumes({ PlatformRest.TEXT_CSV, MediaType.TEXT_PLAIN })
    @RolesAllowed({ ADMIN, COORDINATOR })
    public ImportReport importCsv(InputStream csv) {
        return localities.importCsv(new InputStreamReader(csv, StandardCharsets.UTF_8));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR })
    public Response delete(@PathParam("id") long id) {
        localities.delete(id);
        return Response.noContent().build();
    }
}
