package org.poliin.core.internal.rest;

import static org.poliin.api.security.Roles.ADMIN;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.poliin.api.privacy.ErasureReportDTO;
import org.poliin.api.privacy.PersonalDataExportDTO;
import org.poliin.api.privacy.PrivacyDeclaration;
import org.poliin.api.privacy.PrivacyService;
import org.poliin.api.rest.PlatformRest;

/** {@code /api/v1/privacy}: the register of processing, and data subjects' export and erasure requests. */
@Component(service = PrivacyResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("privacy")
@Produces(MediaType.APPLICATION_JSON)
public final class PrivacyResource {

    private final PrivacyService privacy;

    @Activate
    public PrivacyResource(@Reference PrivacyService privacy) {
        this.privacy = privacy;
    }

    @GET
    @Path("declarations")
    @RolesAllowed(ADMIN)
    public List<PrivacyDeclaration> declarations() {
        return privacy.declarations();
    }

    @GET
    @Path("people/{id}/export")
    @RolesAllowed(ADMIN)
    public PersonalDataExportDTO export(@PathParam("id") long personId) {
        return privacy.export(personId);
    }

    @POST
    @Path("people/{id}/erasure")
    @RolesAllowed(ADMIN)
    public ErasureReportDTO erase(@PathParam("id") long personId) {
        return privacy.erase(personId);
    }
}
