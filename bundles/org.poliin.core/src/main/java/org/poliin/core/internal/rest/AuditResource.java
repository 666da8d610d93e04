package org.poliin.core.internal.rest;

import static org.poliin.api.security.Roles.ADMIN;

import java.time.Instant;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;

import io.swagger.v3.oas.annotations.Parameter;

import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.poliin.api.rest.PagingParameters;
import org.poliin.api.audit.AuditEntryDTO;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditQuery;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.rest.PlatformRest;

/** {@code /api/v1/audit}: the audit log, newest first; administrators only. */
@Component(service = AuditResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public final class AuditResource {

    private final AuditLog audit;

    @Activate
    public AuditResource(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed(ADMIN)
    public Page<AuditEntryDTO> search(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
            @QueryParam("module") String moduleId, @QueryParam("from") Instant from, @QueryParam("to") Instant to,
            @Parameter(description = PagingParameters.PAGE) @QueryParam("page") Integer page,
            @Parameter(description = PagingParameters.SIZE) @QueryParam("size") Integer size,
            @Parameter(description = PagingParameters.AFTER) @QueryParam("after") String after,
            @Parameter(description = PagingParameters.COUNT) @QueryParam("count") Boolean count) {
        return audit.search(new AuditQuery(actor, action, entityType, entityId, moduleId, from, to),
                PageRequest.of(page, size, after, count));
    }
}
