package org.poliin.outreach.internal.rest;

import static org.poliin.api.security.Roles.ADMIN;
import static org.poliin.api.security.Roles.COORDINATOR;
import static org.poliin.api.security.Roles.STAFF;
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
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.rest.PlatformRest;
import org.poliin.outreach.internal.MaterialDTO;
import org.poliin.outreach.internal.MaterialInput;
import org.poliin.outreach.internal.OutreachModule;
import org.poliin.outreach.internal.StockChange;
import org.poliin.outreach.internal.persistence.MaterialStore;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/outreach/materials}: promotional materials and their stock, which never goes below zero. */
@Component(service = MaterialsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path(OutreachModule.ID + "/materials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = OutreachModule.ID)
public final class MaterialsResource {

    private final MaterialStore materials;

    @Activate
    public MaterialsResource(@Reference MaterialStore materials) {
        this.materials = materials;
    }

    @GET
    @RolesAllowed({ ADMIN, COORDINATOR, STAFF })
    @Operation(summary = "Materialele și stocul lor / The materials and their stock")
    public Page<MaterialDTO> list(@Parameter(description = PAGE) @QueryParam("page") Integer page,
            @Parameter(description = SIZE) @QueryParam("size") Integer size,
            @Parameter(description = AFTER) @QueryParam("after") String after,
            @Parameter(description = COUNT) @QueryParam("count") Boolean count) {
        return materials.page(PageRequest.of(page, size, after, count));
    }

    @POST
    @RolesAllowed({ ADMIN, STAFF })
    @Operation(summary = "Adaugă un material, cu stocul inițial / Add a material, with its initial stock")
    public Response create(@Valid MaterialInput input, @Context UriInfo uri) {
        MaterialDTO material = materials.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(material.id)).build()).entity(material)
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR, STAFF })
    @Operation(summary = "Un material / A material")
    public MaterialDTO get(@PathParam("id") long id) {
        return materials.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ ADMIN, STAFF })
    @Operation(summary = "Modifică numele și descrierea / Change the name and description")
    public MaterialDTO update(@PathParam("id") long id, @Valid MaterialInput input) {
        return materials.update(id, input);
    }

    @POST
    @Path("{id}/stock")
    @RolesAllowed({ ADMIN, STAFF })
    @Operation(summary = "Intrare (+) sau scădere (−) de stoc / Stock in (+) or out (−)",
            description = "409 dacă stocul ar scădea sub zero / 409 when the stock would go below zero")
    public MaterialDTO changeStock(@PathParam("id") long id, @Valid StockChange change) {
        return materials.changeStock(id, change.change);
    }
}
