package org.poliin.outreach.internal.rest;

import static org.poliin.api.security.Roles.ADMIN;
import static org.poliin.api.security.Roles.COORDINATOR;
import static org.poliin.api.security.Roles.STAFF;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.poliin.api.imports.ImportReport;
import org.poliin.api.rest.PlatformRest;
import org.poliin.outreach.internal.AdmissionSessionDTO;
import org.poliin.outreach.internal.OutreachModule;
import org.poliin.outreach.internal.service.AdmissionService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/outreach/admissions}: the admission results, counted per school (no names). */
@Component(service = AdmissionsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path(OutreachModule.ID + "/admissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OutreachModule.ID)
public final class AdmissionsResource {

    private final AdmissionService admissions;

    @Activate
    public AdmissionsResource(@Reference AdmissionService admissions) {
        this.admissions = admissions;
    }

    @GET
    @RolesAllowed({ ADMIN, COORDINATOR, STAFF })
    @Operation(summary = "Sesiunile de admitere importate, numărate / The admission sessions imported, counted")
    public List<AdmissionSessionDTO> sessions() {
        return admissions.sessions();
    }

    @POST
    @Path("import")
    @Consumes({ PlatformRest.TEXT_CSV, MediaType.TEXT_PLAIN })
    @RolesAllowed({ ADMIN, STAFF })
    @Operation(summary = "Importă rezultatele unei sesiuni de admitere / Import an admission session's results",
            description = "Antet / header: school_code,programme,status (applied, admitted, enrolled). Înlocuiește "
                    + "rezultatele sesiunii: reimportul nu dublează nimic. / Replaces the session's results: "
                    + "importing again doubles nothing.")
    public ImportReport importCsv(@QueryParam("session") String session, InputStream csv) {
        return admissions.importCsv(session, new InputStreamReader(csv, StandardCharsets.UTF_8));
    }
}
