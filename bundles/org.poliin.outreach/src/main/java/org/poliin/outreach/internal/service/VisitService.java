package org.poliin.outreach.internal.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.ConflictException;
import org.poliin.api.errors.FieldViolation;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.event.EventDTO;
import org.poliin.api.event.EventInput;
import org.poliin.api.event.EventService;
import org.poliin.api.event.EventStatus;
import org.poliin.api.event.ParticipantDTO;
import org.poliin.api.event.ParticipantInput;
import org.poliin.api.organisation.OrganisationDTO;
import org.poliin.api.persistence.MigratedSchema;
import org.poliin.outreach.internal.CampaignDTO;
import org.poliin.outreach.internal.HandoutInput;
import org.poliin.outreach.internal.OutreachModule;
import org.poliin.outreach.internal.VisitCorrection;
import org.poliin.outreach.internal.VisitDTO;
import org.poliin.outreach.internal.VisitInput;
import org.poliin.outreach.internal.VisitRecord;
import org.poliin.outreach.internal.persistence.CampaignStore;
import org.poliin.outreach.internal.persistence.MaterialStore;
import org.poliin.outreach.internal.persistence.VisitStore;

/**
 * School visits. A visit is a core event of type {@value OutreachModule#SCHOOL_VISIT} (its team and the
 * teachers met by name are the event's participants) plus the module's record of it, kept in step in
 * one transaction. A visit is planned, then done (with its record) or cancelled; both are final, but
 * the counts of a done visit may be corrected (audited).
 */
@Component(service = VisitService.class)
public final class VisitService {

    /** The participant roles of a visit's event. */
    public static final String TEAM_MEMBER = "team-member";
    public static final String TEACHER = "teacher";

    private final JpaTemplate jpa;
    private final VisitStore visits;
    private final CampaignStore campaigns;
    private final MaterialStore materials;
    private final SchoolService schools;
    private final SchoolEligibility eligibility;
    private final EventService events;
    private final AuditLog audit;

    @Activate
    public VisitService(@Reference(target = "(osgi.unit.name=poliin-outreach)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=outreach)") MigratedSchema schema, @Reference VisitStore visits,
            @Reference CampaignStore campaigns, @Reference MaterialStore materials, @Reference SchoolService schools,
            @Reference SchoolEligibility eligibility, @Reference EventService events, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.visits = visits;
        this.campaigns = campaigns;
        this.materials = materials;
        this.schools = schools;
        this.eligibility = eligibility;
        this.events = events;
        this.audit = audit;
    }

    /** Plans a visit to an eligible high school: the core event, its team and the module's record. */
    public VisitDTO plan(VisitInput input) {
        OrganisationDTO school = eligibleSchool(input.schoolId);
        CampaignDTO campaign = campaigns.get(input.campaignId);
        checkTimes(input);
        if (visits.hasActiveVisit(campaign.id, school.id)) {
            throw new ConflictException(LocalizedText.of(
                    "Campania „" + campaign.name + "” are deja o vizită planificată sau desfășurată la " + school.name + ".",
                    "Campaign \"" + campaign.name + "\" has a planned or done visit to " + school.name + " already."));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            EventDTO event = events.create(event(input, school, campaign, EventStatus.PLANNED, null));
            VisitDTO visit = visits.create(event.id, campaign.id, school.id, input.startsAt.toLocalDate());
            for (Long person : distinct(input.teamPersonIds)) {
                events.putParticipant(event.id, participant(person, TEAM_MEMBER));
            }
            audit.record(AuditRecord.of(OutreachModule.ID, "outreach.visit.plan", "outreach-visit", event.id));
            return withParticipants(visit);
        });
    }

    /** Changes a planned visit: campaign, school, time, team, notes. */
    public VisitDTO replan(long id, VisitInput input) {
        if (input.version == null) {
            throw InvalidInputException.of("version", LocalizedText.of(
                    "este obligatorie la modificare: trimiteți versiunea citită",
                    "is required for an update: send the version you read"));
        }
        OrganisationDTO school = eligibleSchool(input.schoolId);
        CampaignDTO campaign = campaigns.get(input.campaignId);
        checkTimes(input);
        return jpa.txExpr(TransactionType.Required, em -> {
            VisitDTO visit = visits.replan(id, input.version, campaign.id, school.id, input.startsAt.toLocalDate());
            EventDTO event = events.get(id);
            events.update(id, event(input, school, campaign, EventStatus.PLANNED, event.version));
            Set<Long> team = distinct(input.teamPersonIds);
            for (ParticipantDTO participant : events.participants(id)) {
                if (TEAM_MEMBER.equals(participant.role) && !team.remove(participant.personId)) {
                    events.removeParticipant(id, participant.personId);
                }
            }
            for (Long person : team) {
                events.putParticipant(id, participant(person, TEAM_MEMBER));
            }
            audit.record(AuditRecord.of(OutreachModule.ID, "outreach.visit.replan", "outreach-visit", id));
            return withParticipants(visit);
        });
    }

    /**
     * Records a planned visit as done: pupils per grade, teachers met, materials handed out (each
     * lowering its stock, never below zero: a 409 naming the item, and nothing of the record is kept),
     * whether the stand was used.
     */
    public VisitDTO recordDone(long id, VisitRecord record) {
        List<Long> teachers = new ArrayList<>(distinct(record.teacherPersonIds));
        if (teachers.size() > record.teachersMet) {
            throw InvalidInputException.of("teachersMet", LocalizedText.of(
                    "trebuie să fie cel puțin numărul profesorilor numiți (" + teachers.size() + ")",
                    "must be at least the number of teachers named (" + teachers.size() + ")"));
        }
        Map<Long, Integer> handouts = handouts(record.materials);
        return jpa.txExpr(TransactionType.Required, em -> {
            for (Map.Entry<Long, Integer> handout : handouts.entrySet()) {
                materials.takeOut(handout.getKey(), handout.getValue());
            }
            VisitDTO visit = visits.recordDone(id, record, handouts);
            setEventStatus(id, EventStatus.DONE);
            for (Long person : teachers) {
                events.putParticipant(id, participant(person, TEACHER));
            }
            audit.record(AuditRecord.of(OutreachModule.ID, "outreach.visit.done", "outreach-visit", id)
                    .withDetail("pupils=" + visit.pupils.total + ", teachers=" + visit.teachersMet));
            return withParticipants(visit);
        });
    }

    /**
     * Corrects the counts of a done visit (pupils, teachers met, stand), audited with the totals before
     * and after. The status and the materials handed out stay: the record has moved the stock.
     */
    public VisitDTO correct(long id, VisitCorrection correction) {
        long named = events.participants(id).stream().filter(p -> TEACHER.equals(p.role)).count();
        if (named > correction.teachersMet) {
            throw InvalidInputException.of("teachersMet", LocalizedText.of(
                    "trebuie să fie cel puțin numărul profesorilor numiți (" + named + ")",
                    "must be at least the number of teachers named (" + named + ")"));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            VisitDTO before = visits.get(id);
            VisitDTO after = visits.correct(id, correction);
            audit.record(AuditRecord.of(OutreachModule.ID, "outreach.visit.correct", "outreach-visit", id)
                    .withDetail("pupils " + before.pupils.total + "->" + after.pupils.total + ", teachers "
                            + before.teachersMet + "->" + after.teachersMet));
            return withParticipants(after);
        });
    }

    public VisitDTO cancel(long id, long version) {
        return jpa.txExpr(TransactionType.Required, em -> {
            VisitDTO visit = visits.cancel(id, version);
            setEventStatus(id, EventStatus.CANCELLED);
            audit.record(AuditRecord.of(OutreachModule.ID, "outreach.visit.cancel", "outreach-visit", id));
            return withParticipants(visit);
        });
    }

    /** One visit, with its team and the teachers met by name. */
    public VisitDTO get(long id) {
        return withParticipants(visits.get(id));
    }

    private OrganisationDTO eligibleSchool(long schoolId) {
        OrganisationDTO school = schools.highSchool(schoolId, "schoolId");
        if (!eligibility.isEligible(school)) {
            LocalizedText why = eligibility.reason(school);
            throw InvalidInputException.of("schoolId", LocalizedText.of(
                    "liceul " + school.name + " nu este eligibil: " + why.ro,
                    "high school " + school.name + " is not eligible: " + why.en));
        }
        return school;
    }

    private static void checkTimes(VisitInput input) {
        if (input.endsAt != null && input.endsAt.isBefore(input.startsAt)) {
            throw InvalidInputException.of("endsAt", LocalizedText.of("nu poate fi înainte de începutul vizitei",
                    "cannot be before the visit starts"));
        }
    }

    /** The materials handed out by id; a material given twice is a 400 naming the second. */
    private static Map<Long, Integer> handouts(List<HandoutInput> inputs) {
        Map<Long, Integer> handouts = new LinkedHashMap<>();
        if (inputs == null) {
            return handouts;
        }
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            HandoutInput input = inputs.get(i);
            if (handouts.putIfAbsent(input.materialId, input.quantity) != null) {
                violations.add(FieldViolation.of("materials[" + i + "].materialId", LocalizedText.of(
                        "materialul " + input.materialId + " apare de două ori",
                        "material " + input.materialId + " is given twice")));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return handouts;
    }

    private void setEventStatus(long id, EventStatus status) {
        EventDTO event = events.get(id);
        EventInput input = new EventInput();
        input.type = event.type;
        input.title = event.title;
        input.description = event.description;
        input.startsAt = event.startsAt;
        input.endsAt = event.endsAt;
        input.place = event.place;
        input.localityId = event.localityId;
        input.organisationId = event.organisationId;
        input.status = status;
        input.version = event.version;
        events.update(id, input);
    }

    private static EventInput event(VisitInput input, OrganisationDTO school, CampaignDTO campaign, EventStatus status,
            Long version) {
        EventInput event = new EventInput();
        event.type = OutreachModule.SCHOOL_VISIT;
        event.title = truncate("Vizită / Visit: " + school.name, 200);
        event.description = input.notes == null || input.notes.isBlank()
                ? truncate(campaign.name, 4000) : truncate(campaign.name + "\n\n" + input.notes.strip(), 4000);
        event.startsAt = input.startsAt;
        event.endsAt = input.endsAt;
        event.place = school.locality == null ? null : truncate(school.locality.name + ", " + school.locality.county, 200);
        event.localityId = school.localityId;
        event.organisationId = school.id;
        event.status = status;
        event.version = version;
        return event;
    }

    private static ParticipantInput participant(long person, String role) {
        ParticipantInput participant = new ParticipantInput();
        participant.personId = person;
        participant.role = role;
        return participant;
    }

    private VisitDTO withParticipants(VisitDTO visit) {
        List<ParticipantDTO> participants = events.participants(visit.id);
        visit.teamPersonIds = participants.stream().filter(p -> TEAM_MEMBER.equals(p.role)).map(p -> p.personId).toList();
        visit.teacherPersonIds = participants.stream().filter(p -> TEACHER.equals(p.role)).map(p -> p.personId).toList();
        return visit;
    }

    private static Set<Long> distinct(List<Long> ids) {
        return ids == null ? new LinkedHashSet<>() : new LinkedHashSet<>(ids);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
