package org.poliin.rest.internal.cxf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.RecordNotFoundException;
import org.poliin.api.event.EventInput;
import org.poliin.api.event.EventStatus;
import org.poliin.api.event.ParticipantInput;
import org.poliin.api.people.PersonDTO;
import org.poliin.api.people.PersonInput;

/** A resource shaped like a module's, to exercise the platform's extensions on a real CXF. */
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SampleResource {

    /** A body with a nested list, for paths like {@code participants[2].personId}. */
    public static class MeetingInput {
        @NotNull
        @Valid
        public List<ParticipantInput> participants;
    }

    /** What the search echoes. */
    public record SearchEcho(Integer page, LocalDate from, EventStatus status, boolean archived, List<Long> ids) {
    }

    /** A record with an amount and an instant. */
    public record Amount(BigDecimal value, Instant at) {
    }

    @POST
    public PersonDTO create(@Valid PersonInput input) {
        PersonDTO person = new PersonDTO();
        person.id = 7;
        person.givenName = input.givenName;
        person.familyName = input.familyName;
        person.birthDate = input.birthDate;
        return person;
    }

    @GET
    @Path("{id}")
    public PersonDTO get(@PathParam("id") long id) {
        if (id == 404) {
            throw RecordNotFoundException.of(LocalizedText.of("persoană", "person"), id);
        }
        if (id == 409) {
            throw new javax.persistence.RollbackException("commit failed",
                    new javax.persistence.OptimisticLockException("row changed"));
        }
        if (id == 500) {
            throw new IllegalStateException("secret internal detail");
        }
        PersonDTO person = new PersonDTO();
        person.id = id;
        return person;
    }

    @GET
    public SearchEcho search(@QueryParam("page") Integer page, @QueryParam("from") LocalDate from,
            @QueryParam("status") EventStatus status, @QueryParam("archived") boolean archived,
            @QueryParam("id") List<Long> ids) {
        return new SearchEcho(page, from, status, archived, ids);
    }

    @POST
    @Path("events")
    public EventInput event(@Valid EventInput input) {
        return input;
    }

    @PUT
    @Path("{id}/participants")
    public List<ParticipantInput> participants(@PathParam("id") long id, @Valid List<ParticipantInput> participants) {
        return participants;
    }

    @POST
    @Path("meetings")
    public MeetingInput meeting(@Valid MeetingInput meeting) {
        return meeting;
    }

    @POST
    @Path("notes")
    public Map<String, Object> note(@NotNull Map<String, Object> note) {
        return note;
    }

    @POST
    @Path("optional")
    public String optional(Map<String, Object> body) {
        return body == null ? "none" : "some";
    }

    @GET
    @Path("amount")
    public Amount amount() {
        return new Amount(new BigDecimal("1.2005E+3"), Instant.parse("2024-10-15T06:30:00Z"));
    }
}
