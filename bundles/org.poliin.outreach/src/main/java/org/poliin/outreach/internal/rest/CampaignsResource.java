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
import org.poliin.outreach.internal.CampaignDTO;
import org.poliin.outreach.internal.CampaignInput;
import org.poliin.outreach.internal.FunnelDTO;
import org.poliin.outreach.internal.OutreachModule;
import org.poliin.outreach.internal.persistence.CampaignStore;
import org.poliin.outreach.internal.service.FunnelService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/outreach/campaigns}: visiting campaigns and their admission funnel. */
@Component(service = CampaignsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path(OutreachModule.ID + "/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = OutreachModule.ID)
public final class CampaignsResource {

    private final CampaignStore campaigns;
    private final FunnelService funnels;

    @Activate
    public CampaignsResource(@Reference CampaignStore campaigns, @Reference FunnelService funnels) {
        this.campaigns = campaigns;
        this.funnels = funnels;
    }

    @GET
    @RolesAllowed({ ADMIN, COORDINATOR, STAFF })
    @Operation(summary = "Campaniile, cele mai noi întâi / The campaigns, newest first")
    public Page<CampaignDTO> list(@Parameter(description = PAGE) @QueryParam("page") Integer page,
            @Parameter(description = SIZE) @QueryParam("size") Integer size,
            @Parameter(description = AFTER) @QueryParam("after") String after,
            @Parameter(description = COUNT) @QueryParam("count") Boolean count) {
        return campaigns.page(PageRequest.of(page, size, after, count));
    }

    @POST
    @RolesAllowed({ ADMIN, STAFF })
    @Operation(summary = "Creează o campanie / Create a campaign")
    public Response create(@Valid CampaignInput input, @Context UriInfo uri) {
        CampaignDTO campaign = campaigns.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(campaign.id)).build()).entity(campaign)
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ ADMIN, COORDINATOR, STAFF })
    @Operation(summary = "O campanie / A campaign")
    public CampaignDTO get(@PathParam("id") long id) {
        return campaigns.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ ADMIN, STAFF })
    @Operation(summary = "Modifică o campanie (cu versiunea citită) / Change a campaign (with the version read)")
    public CampaignDTO update(@PathParam("id") long id, @Valid CampaignInput input) {
        return campaigns.update(id, input);
    }

    @GET
    @Path("{id}/funnel")
    @RolesAllowed({ ADMIN, COORDINATOR, STAFF })
    @Operation(summary = "Pâlnia de admitere a campaniei / The campaign's admission funnel",
            description = "Elevi informați → candidați → admiși → înmatriculați, pe licee vizitate, lângă liceele "
                    + "eligibile nevizitate; sesiunea implicită este a campaniei. / Pupils informed → applicants → "
                    + "admitted → enrolled, per visited school, next to the eligible schools not visited; the "
                    + "session defaults to the campaign's.")
    public FunnelDTO funnel(@PathParam("id") long id, @QueryParam("session") String session) {
        return funnels.funnel(id, session);
    }
}
