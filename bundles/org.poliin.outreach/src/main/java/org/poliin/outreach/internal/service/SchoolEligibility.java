package org.poliin.outreach.internal.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.common.Page;
import org.poliin.api.common.PageRequest;
import org.poliin.api.organisation.LocalityDTO;
import org.poliin.api.organisation.LocalityType;
import org.poliin.api.organisation.OrganisationDTO;
import org.poliin.api.organisation.OrganisationQuery;
import org.poliin.api.organisation.OrganisationService;
import org.poliin.api.organisation.OrganisationType;
import org.poliin.outreach.internal.OutreachConfiguration;

/**
 * Which high schools the programme is for: those in a rural locality or in a locality with fewer than
 * {@code eligibility.maxPopulation} inhabitants (10,000 by default). Schools and localities are the
 * core's; the rule reads their type and population through the core's {@link OrganisationService}.
 */
@Component(service = SchoolEligibility.class, configurationPid = OutreachConfiguration.PID)
@Designate(ocd = OutreachConfiguration.class)
public final class SchoolEligibility {

    private final OrganisationService organisations;
    private final int maxPopulation;

    @Activate
    public SchoolEligibility(@Reference OrganisationService organisations, OutreachConfiguration configuration) {
        this(organisations, configuration.eligibility_maxPopulation());
    }

    public SchoolEligibility(OrganisationService organisations, int maxPopulation) {
        this.organisations = organisations;
        this.maxPopulation = maxPopulation;
    }

    public int maxPopulation() {
        return maxPopulation;
    }

    public boolean isEligible(OrganisationDTO school) {
        return school.type == OrganisationType.HIGH_SCHOOL && isEligible(school.locality);
    }

    public boolean isEligible(LocalityDTO locality) {
        return locality != null && (locality.type == LocalityType.RURAL
                || locality.population != null && locality.population < maxPopulation);
    }

    /** Why the school is eligible or not, for the people who read it. */
    public LocalizedText reason(OrganisationDTO school) {
        if (school.type != OrganisationType.HIGH_SCHOOL) {
            return LocalizedText.of("nu este liceu", "not a high school");
        }
        LocalityDTO locality = school.locality;
        if (locality != null && locality.type == LocalityType.RURAL) {
            return LocalizedText.of("localitate rurală", "rural locality");
        }
        if (locality != null && locality.population != null && locality.population < maxPopulation) {
            return LocalizedText.of("oraș cu " + locality.population + " de locuitori (sub " + maxPopulation + ")",
                    "town of " + locality.population + " inhabitants (under " + maxPopulation + ")");
        }
        if (locality == null || locality.population == null) {
            return LocalizedText.of("localitate urbană cu populație necunoscută",
                    "urban locality of unknown population");
        }
        return LocalizedText.of("localitate urbană cu " + locality.population + " de locuitori (cel puțin "
                + maxPopulation + ")", "urban locality of " + locality.population + " inhabitants (at least "
                        + maxPopulation + ")");
    }

    /**
     * Every eligible high school, optionally of one county, by county, name and code. Two searches of
     * the core (rural localities; localities under the threshold) joined without duplicates.
     */
    public List<OrganisationDTO> eligibleSchools(String county) {
        Map<Long, OrganisationDTO> schools = new LinkedHashMap<>();
        collect(new OrganisationQuery(null, OrganisationType.HIGH_SCHOOL, county, LocalityType.RURAL, null), schools);
        collect(new OrganisationQuery(null, OrganisationType.HIGH_SCHOOL, county, null, maxPopulation), schools);
        List<OrganisationDTO> sorted = new ArrayList<>(schools.values());
        sorted.sort(Comparator.comparing((OrganisationDTO s) -> s.locality.county).thenComparing(s -> s.name)
                .thenComparing(s -> s.code));
        return sorted;
    }

    /** Reads every page of the core's search by key (numbered pages stop at offset 10,000). */
    private void collect(OrganisationQuery query, Map<Long, OrganisationDTO> schools) {
        String after = null;
        do {
            Page<OrganisationDTO> found = organisations.search(query,
                    new PageRequest(0, PageRequest.MAX_SIZE, after, false));
            found.items.forEach(school -> schools.putIfAbsent(school.id, school));
            after = found.hasMore ? found.next : null;
        } while (after != null);
    }
}
