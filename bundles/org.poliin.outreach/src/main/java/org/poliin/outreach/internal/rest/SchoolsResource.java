package org.poliin.outreach.internal.rest;

import static org.poliin.api.security.Roles.ADMIN;
import static org.poliin.api.security.Roles.COORDINATOR;
import static org.poliin.api.security.Roles.STAFF;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.validation.Valid;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.imports.ImportReport;
import org.poliin.api.rest.PlatformRest;
import org.poliin.outreach.internal.OutreachModule;
import org.poliin.outreach.internal.SchoolContactDTO;
import org.poliin.outreach.internal.SchoolContactInput;
import org.poliin.outreach.internal.SchoolDTO;
import org.poliin.outreach.internal.service.SchoolService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/outreach/schools}: the eligible high schools, the schools CSV import, contact persons. */
@Component(service = SchoolsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path(OutreachModule.ID + "/schools")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = OutreachModule.ID, description = "Informare în licee / Outreach to high schools")
public final class SchoolsResource {

    private final SchoolService schools;

    @Activate
    public SchoolsResource(@Reference SchoolService schools) {
        this.schools = schools;
    }

    @GET
    @RolesAllowed({ ADMIN, COORDINATOR, STAFF })
    @Operation(summary = "Liceele eligibile, pe județe / The eligible high schools, by county",
            description = "Licee din localități rurale sau sub pragul de populație (eligibility.maxPopulation). "
                    + "/ High schools in rural localities or under the population threshold (eligibility.maxPopulation).")
    public Page<SchoolDTO> eligible(@QueryParam("county") String county, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return schools.eligible(county, PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR, STAFF })
    @Operation(summary = "Un liceu și eligibilitatea lui / A high school and whether it is eligible")
    public SchoolDTO get(@PathParam("id") long id) {
        return schools.get(id);
    }

    /** Imports high schools from CSV: {@code code,name,locality_code[,locality_name,county,population,locality_type,address,email,phone,website]}. */
    @POST
    @Path("import")
    @Consumes({ PlatformRest.TEXT_CSV, MediaType.TEXT_PLAIN })
    @RolesAllowed({ ADMIN, STAFF })
    @Operation(summary = "Import de licee din CSV / Import high schools from CSV",
            description = "Antet / header: code,name,locality_code[,locality_name,county,population,locality_type,"
                    + "address,email,phone,website]. Idempotent după cod / idempotent by code.")
    public ImportReport importCsv(InputStream csv) {
        return schools.importCsv(new InputStreamReader(csv, StandardCharsets.UTF_8));
    }

    @GET
    @Path("{id}/contacts")
    @RolesAllowed({ ADMIN, COORDINATOR, STAFF })
    @Operation(summary = "Persoanele de contact ale liceului / The school's contact persons")
    public List<SchoolContactDTO> contacts(@PathParam("id") long id) {
        return schools.contacts(id);
    }

    @POST
    @Path("{id}/contacts")
    @RolesAllowed({ ADMIN, STAFF })
    @Operation(summary = "Adaugă o persoană de contact / Add a contact person")
    public Response addContact(@PathParam("id") long id, @Valid SchoolContactInput input, @Context UriInfo uri) {
        SchoolContactDTO contact = schools.addContact(id, input.personId, input.position);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(contact.id)).build()).entity(contact)
                .build();
    }

    @DELETE
    @Path("{id}/contacts/{contactId}")
    @RolesAllowed({ ADMIN, STAFF })
    @Operation(summary = "Șterge o persoană de contact / Remove a contact person")
    public Response removeContact(@PathParam("id") long id, @PathParam("contactId") long contactId) {
        schools.removeContact(id, contactId);
        return Response.noContent().build();
    }
}
