package org.poliin.core.internal.rest;

import static org.poliin.api.security.Roles.ADMIN;
import static org.poliin.api.security.Roles.COORDINATOR;
import static org.poliin.api.security.Roles.COUNSELLOR;
import static org.poliin.api.security.Roles.STAFF;
import static org.poliin.api.security.Roles.VIEWER;

import java.time.LocalDate;
import java.util.Locale;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.poliin.api.indicator.FunderReportDTO;
import org.poliin.api.indicator.FunderReportService;
import org.poliin.api.indicator.ReportPeriod;
import org.poliin.api.rest.PlatformRest;
import org.poliin.core.internal.indicator.FunderReportCsv;

/**
 * {@code /api/v1/indicators?from=&to=}: the funder report over every module present, as JSON, or as
 * CSV with {@code Accept: text/csv} (or {@code ?format=csv} for a plain link).
 */
@Component(service = IndicatorsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("indicators")
public final class IndicatorsResource {

    private final FunderReportService reports;

    @Activate
    public IndicatorsResource(@Reference FunderReportService reports) {
        this.reports = reports;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ ADMIN, COORDINATOR, COUNSELLOR, STAFF, VIEWER })
    public Response report(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("format") String format, @Context HttpHeaders headers) {
        FunderReportDTO report = reports.report(ReportPeriod.of(from, to));
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

    private static Response csv(FunderReportDTO report, HttpHeaders headers) {
        Locale locale = language(headers);
        String body = FunderReportCsv.write(report, locale);
        return Response.ok(body, PlatformRest.TEXT_CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"poliin-indicators-" + report.from + "_"
                        + report.to + ".csv\"")
                .build();
    }

    /**
     * The language of the CSV: the first of the caller's languages (in order of preference) that the
     * platform speaks, Romanian ({@code ro}, or {@code mo} as some systems still send) or English.
     */
    static Locale language(HttpHeaders headers) {
        for (Locale wanted : headers.getAcceptableLanguages()) {
            if ("ro".equals(wanted.getLanguage()) || "mo".equals(wanted.getLanguage())) {
                return Locale.forLanguageTag("ro");
            }
            if ("en".equals(wanted.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }
}
