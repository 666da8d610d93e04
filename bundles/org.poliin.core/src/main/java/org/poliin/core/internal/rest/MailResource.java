package org.poliin.core.internal.rest;

import static org.poliin.api.security.Roles.ADMIN;

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
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.rest.PlatformRest;
import org.poliin.core.internal.mail.OutboxMailService;
import org.poliin.core.internal.mail.OutboxMessageDTO;
import org.poliin.core.internal.mail.OutboxStatus;

/** {@code /api/v1/mail/outbox}: what the platform sent, is sending and gave up; administrators only. */
@Component(service = MailResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("mail")
@Produces(MediaType.APPLICATION_JSON)
public final class MailResource {

    private final OutboxMailService outbox;

    @Activate
    public MailResource(@Reference OutboxMailService outbox) {
        this.outbox = outbox;
    }

    @GET
    @Path("outbox")
    @RolesAllowed(ADMIN)
    public Page<OutboxMessageDTO> outbox(@QueryParam("status") OutboxStatus status, 
            @Parameter(description = PagingParameters.PAGE) @QueryParam("page") Integer page,
            @Parameter(description = PagingParameters.SIZE) @QueryParam("size") Integer size,
            @Parameter(description = PagingParameters.AFTER) @QueryParam("after") String after,
            @Parameter(description = PagingParameters.COUNT) @QueryParam("count") Boolean count) {
        return outbox.outbox(status, PageRequest.of(page, size, after, count));
    }
}
