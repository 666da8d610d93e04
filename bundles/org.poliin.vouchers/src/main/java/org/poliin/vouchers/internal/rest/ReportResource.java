package org.poliin.vouchers.internal.rest;

import static org.poliin.api.security.Roles.ADMIN;
import static org.poliin.api.security.Roles.COORDINATOR;
import static org.poliin.api.security.Roles.COUNSELLOR;
import static org.poliin.api.security.Roles.STAFF;
import static org.poliin.api.security.Roles.VIEWER;


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
import org.poliin.api.rest.PlatformRest;
import org.poliin.vouchers.internal.*;
import java.time.LocalDate;
import java.util.Locale;

import javax.ws.rs.core.HttpHeaders;

import org.poliin.api.indicator.ReportPeriod;
import org.poliin.vouchers.internal.service.ReportCsv;
import org.poliin.vouchers.internal.service.ReportService;

/**
 * {@code /api/v1/vouchers/report?from=&to=}: vouchers awarded, beneficiaries, amounts awarded / spent /
 * remaining by category and venue, meetings held, attendance rate; JSON, or CSV with
 * {@code Accept: text/csv} or {@code ?format=csv}. Aggregates only: every role.
 */
@Component(service = ReportResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path(VouchersModule.ID + "/report")
public final class ReportResource {

    private final ReportService reports;

    @Activate
    public ReportResource(@Reference ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF, VIEWER })
    public Response report(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("format") String format, @Context HttpHeaders headers) {
        ReportDTO report = reports.report(ReportPeriod.of(from, to));
        if ("csv".equalsIgnoreCase(format)) {
            return csv(report, headers);
        }
        return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Produces(PlatformRest.TEXT_CSV)
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF, VIEWER })
    public Response reportCsv(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @Context HttpHeaders headers) {
        return csv(reports.report(ReportPeriod.of(from, to)), headers);
    }

    private static Response csv(ReportDTO report, HttpHeaders headers) {
        Locale locale = Locale.ENGLISH;
        for (Locale wanted : headers.getAcceptableLanguages()) {
            if ("ro".equals(wanted.getLanguage()) || "en".equals(wanted.getLanguage())) {
                locale = wanted;
                break;
            }
        }
        return Response.ok(ReportCsv.write(report, locale), PlatformRest.TEXT_CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"poliin-vouchers-" + report.from + "_" + report.to
                        + ".csv\"").build();
    }
}
