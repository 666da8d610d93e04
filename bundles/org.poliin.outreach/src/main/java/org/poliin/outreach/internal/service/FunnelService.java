package org.poliin.outreach.internal.service;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.organisation.OrganisationDTO;
import org.poliin.api.organisation.OrganisationService;
import org.poliin.outreach.internal.AdmissionOutcome;
import org.poliin.outreach.internal.CampaignDTO;
import org.poliin.outreach.internal.FunnelCounts;
import org.poliin.outreach.internal.FunnelDTO;
import org.poliin.outreach.internal.FunnelSchoolDTO;
import org.poliin.outreach.internal.persistence.AdmissionStore;
import org.poliin.outreach.internal.persistence.CampaignStore;
import org.poliin.outreach.internal.persistence.VisitStore;

/**
 * The admission funnel of a campaign: pupils informed at its done visits, then applicants, admitted
 * and enrolled students from the visited schools in the campaign's admission session, next to the same
 * figures for the eligible high schools the campaign did not visit. Every count is a database
 * aggregate (GROUP BY school or outcome); the eligible schools come from the core.
 */
@Component(service = FunnelService.class)
public final class FunnelService {

    private final CampaignStore campaigns;
    private final VisitStore visits;
    private final AdmissionStore admissions;
    private final SchoolEligibility eligibility;
    private final OrganisationService organisations;

    @Activate
    public FunnelService(@Reference CampaignStore campaigns, @Reference VisitStore visits,
            @Reference AdmissionStore admissions, @Reference SchoolEligibility eligibility,
            @Reference OrganisationService organisations) {
        this.campaigns = campaigns;
        this.visits = visits;
        this.admissions = admissions;
        this.eligibility = eligibility;
        this.organisations = organisations;
    }

    /** The campaign's funnel in {@code session}, or in the campaign's own admission session when null. */
    public FunnelDTO funnel(long campaignId, String session) {
        CampaignDTO campaign = campaigns.get(campaignId);
        FunnelDTO funnel = new FunnelDTO();
        funnel.campaignId = campaign.id;
        funnel.campaignName = campaign.name;
        funnel.admissionSession = session == null || session.isBlank() ? campaign.admissionSession : session.strip();

        Map<Long, long[]> done = visits.doneByCampaignSchool(campaign.id);
        Map<Long, Map<AdmissionOutcome, Long>> applied = admissions.bySchool(funnel.admissionSession, done.keySet());
        Map<Long, OrganisationDTO> eligible = new HashMap<>();
        eligibility.eligibleSchools(null).forEach(school -> eligible.put(school.id, school));

        funnel.visited = new FunnelCounts();
        funnel.schools = done.entrySet().stream().map(entry -> {
            long schoolId = entry.getKey();
            OrganisationDTO school = eligible.containsKey(schoolId) ? eligible.get(schoolId) : organisations.get(schoolId);
            FunnelSchoolDTO row = new FunnelSchoolDTO();
            row.schoolId = schoolId;
            row.code = school.code;
            row.name = school.name;
            row.county = school.locality == null ? null : school.locality.county;
            row.visits = entry.getValue()[0];
            row.schools = 1;
            row.pupilsInformed = entry.getValue()[1];
            fill(row, applied.getOrDefault(schoolId, Map.of()));
            add(funnel.visited, row);
            return (FunnelSchoolDTO) row.rates();
        }).sorted(Comparator.comparing((FunnelSchoolDTO s) -> s.county == null ? "" : s.county)
                .thenComparing(s -> s.name)).toList();
        funnel.visited.rates();

        Set<Long> notVisited = new LinkedHashSet<>(eligible.keySet());
        notVisited.removeAll(done.keySet());
        funnel.notVisited = new FunnelCounts();
        funnel.notVisited.schools = notVisited.size();
        fill(funnel.notVisited, admissions.total(funnel.admissionSession, notVisited));
        funnel.notVisited.rates();
        return funnel;
    }

    private static void fill(FunnelCounts counts, Map<AdmissionOutcome, Long> byOutcome) {
        long[] funnel = AdmissionStore.funnel(byOutcome);
        counts.applicants = funnel[0];
        counts.admitted = funnel[1];
        counts.enrolled = funnel[2];
    }

    private static void add(FunnelCounts total, FunnelCounts school) {
        total.schools += school.schools;
        total.pupilsInformed += school.pupilsInformed;
        total.applicants += school.applicants;
        total.admitted += school.admitted;
        total.enrolled += school.enrolled;
    }
}
