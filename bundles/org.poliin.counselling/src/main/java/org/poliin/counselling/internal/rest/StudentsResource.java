package org.poliin.counselling.internal.rest;

import static org.poliin.api.security.Roles.ADMIN;
import static org.poliin.api.security.Roles.COORDINATOR;
import static org.poliin.api.security.Roles.COUNSELLOR;
import static org.poliin.api.security.Roles.STAFF;
import static org.poliin.api.security.Roles.VIEWER;
import static org.poliin.api.rest.PagingParameters.AFTER;
import static org.poliin.api.rest.PagingParameters.COUNT;
import static org.poliin.api.rest.PagingParameters.PAGE;
import static org.poliin.api.rest.PagingParameters.SIZE;

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
import org.poliin.api.imports.ImportReport;
import org.poliin.api.rest.PlatformRest;
import org.poliin.counselling.internal.*;
import org.poliin.counselling.internal.persistence.*;
import org.poliin.counselling.internal.service.*;

import io.swagger.v3.oas.annotations.Parameter;

/** {@code /api/v1/counselling/students}: supported students, consents, categories, plans, notes. Counsellors only; reads need {@code X-Poliin-Reason} and are audited per record; plans and notes are for the student's assigned counsellors (403 for others). */
@Component(service = StudentsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path(CounsellingModule.ID + "/students")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class StudentsResource {

    private final StudentStore students;
    private final Access access;

    @Activate
    public StudentsResource(@Reference StudentStore students, @Reference Access access) {
        this.students = students;
        this.access = access;
    }

    @GET
    @RolesAllowed(COUNSELLOR)
    public Page<StudentDTO> list(@QueryParam("status") StudentStatus status,
            @Parameter(description = PAGE) @QueryParam("page") Integer page,
            @Parameter(description = SIZE) @QueryParam("size") Integer size,
            @Parameter(description = AFTER) @QueryParam("after") String after,
            @Parameter(description = COUNT) @QueryParam("count") Boolean count) {
        PageRequest request = PageRequest.of(page, size, after, count);
        access.requireReason();
        return students.list(status, request);
    }

    @POST
    @RolesAllowed(COUNSELLOR)
    public Response create(@Valid StudentInput input, @Context UriInfo uri) {
        StudentDTO student = students.create(input, access.user(), LocalDate.now());
        return created(uri, student.id, student);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(COUNSELLOR)
    public StudentDTO get(@PathParam("id") long id) {
        access.requireReason();
        return students.read(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(COUNSELLOR)
    public StudentDTO update(@PathParam("id") long id, @Valid StudentInput input) {
        return students.update(id, input, LocalDate.now());
    }

    /** Replaces the categories: 409 naming the missing consent when there is no valid one. */
    @PUT
    @Path("{id}/categories")
    @RolesAllowed(COUNSELLOR)
    public StudentDTO categories(@PathParam("id") long id, @Valid CategoriesInput input) {
        return students.setCategories(id, input.categories, input.version);
    }

    @GET
    @Path("{id}/consents")
    @RolesAllowed(COUNSELLOR)
    public List<ConsentDTO> consents(@PathParam("id") long id) {
        access.requireReason();
        return students.consents(id);
    }

    @POST
    @Path("{id}/consents")
    @RolesAllowed(COUNSELLOR)
    public Response giveConsent(@PathParam("id") long id, @Valid ConsentInput input, @Context UriInfo uri) {
        ConsentDTO consent = students.giveConsent(id, input, access.user());
        return created(uri, consent.id, consent);
    }

    /** Withdraws a consent; without another valid one the categories are erased. */
    @POST
    @Path("{id}/consents/{consentId}/withdrawal")
    @RolesAllowed(COUNSELLOR)
    public ConsentDTO withdraw(@PathParam("id") long id, @PathParam("consentId") long consentId,
            @Valid WithdrawalInput input) {
        return students.withdrawConsent(id, consentId, input.withdrawnOn == null ? LocalDate.now() : input.withdrawnOn);
    }

    @GET
    @Path("{id}/plans")
    @RolesAllowed(COUNSELLOR)
    public List<PlanDTO> plans(@PathParam("id") long id) {
        access.requireReason();
        return students.plans(id, access.user());
    }

    @POST
    @Path("{id}/plans")
    @RolesAllowed(COUNSELLOR)
    public Response createPlan(@PathParam("id") long id, @Valid PlanInput input, @Context UriInfo uri) {
        PlanDTO plan = students.createPlan(id, input, access.user(), LocalDate.now());
        return created(uri, plan.id, plan);
    }

    @PUT
    @Path("{id}/plans/{planId}")
    @RolesAllowed(COUNSELLOR)
    public PlanDTO updatePlan(@PathParam("id") long id, @PathParam("planId") long planId, @Valid PlanInput input) {
        return students.updatePlan(id, planId, input, access.user(), LocalDate.now());
    }

    @GET
    @Path("{id}/notes")
    @RolesAllowed(COUNSELLOR)
    public List<NoteDTO> notes(@PathParam("id") long id) {
        access.requireReason();
        return students.notes(id, access.user());
    }

    @POST
    @Path("{id}/notes")
    @RolesAllowed(COUNSELLOR)
    public Response addNote(@PathParam("id") long id, @Valid NoteInput input, @Context UriInfo uri) {
        NoteDTO note = students.addNote(id, input.text, access.user());
        return created(uri, note.id, note);
    }

    static Response created(UriInfo uri, long id, Object entity) {
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build()).entity(entity).build();
    }
}
