package org.poliin.counselling.internal.rest;

import static org.poliin.api.security.Roles.ADMIN;
import static org.poliin.api.security.Roles.COORDINATOR;
import static org.poliin.api.security.Roles.COUNSELLOR;
import static org.poliin.api.security.Roles.STAFF;
import static org.poliin.api.security.Roles.VIEWER;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

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
import org.poliin.api.common.LocalizedText;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.indicator.ReportPeriod;
import org.poliin.api.imports.ImportReport;
import org.poliin.api.rest.PlatformRest;
import org.poliin.counselling.internal.*;
import org.poliin.counselling.internal.persistence.*;
import org.poliin.counselling.internal.service.*;

/** {@code /api/v1/counselling/reports}: aggregates only, with small-group suppression; open to every role. */
@Component(service = ReportsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path(CounsellingModule.ID + "/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ReportsResource {

    private final CounsellingReports reports;

    @Activate
    public ReportsResource(@Reference CounsellingReports reports) {
        this.reports = reports;
    }

    @GET
    @Path("summary")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF, VIEWER })
    public SummaryDTO summary(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        ReportPeriod period = ReportPeriod.of(from, to);
        return reports.summary(period.from(), period.to());
    }

    @GET
    @Path("retention")
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF, VIEWER })
    public RetentionReportDTO retention(@QueryParam("termEnd") LocalDate termEnd) {
        if (termEnd == null) {
            throw InvalidInputException.of("termEnd", LocalizedText.of("este obligatoriu", "is required"));
        }
        return reports.retention(termEnd);
    }
}
