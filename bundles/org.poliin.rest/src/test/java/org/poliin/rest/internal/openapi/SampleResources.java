package org.poliin.rest.internal.openapi;

import java.util.List;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.validation.Valid;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.poliin.api.common.LocalizedText;
import org.poliin.api.organisation.OrganisationDTO;
import org.poliin.api.organisation.OrganisationInput;

/** Resources shaped like two modules' (no swagger annotations: modules need not add any). */
final class SampleResources {

    private SampleResources() {
    }

    @Path("outreach/schools")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Schools {

        @GET
        @RolesAllowed({ "admin", "staff" })
        public List<OrganisationDTO> list(@QueryParam("page") Integer page) {
            return List.of();
        }

        @POST
        @RolesAllowed("staff")
        public OrganisationDTO create(@Valid OrganisationInput input) {
            return new OrganisationDTO();
        }

        @GET
        @Path("{id: \\d+}")
        @RolesAllowed("viewer")
        public OrganisationDTO get(@PathParam("id") long id) {
            return new OrganisationDTO();
        }
    }

    @Path("vouchers")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public static class Vouchers {

        @GET
        @Path("rules")
        public LocalizedText rules() {
            return LocalizedText.of("reguli", "rules");
        }

        @GET
        @Path("forgotten")
        public LocalizedText forgotten() {
            return LocalizedText.of("x", "x");
        }
    }

    /** A resource that declares no roles at all: refused to everyone, and documented so. */
    @Path("undeclared")
    public static class Undeclared {

        @GET
        public String get() {
            return "";
        }
    }
}
