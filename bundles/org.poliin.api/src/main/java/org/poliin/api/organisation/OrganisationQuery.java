package org.poliin.api.organisation;

/**
 * Criteria for a search of organisations; null criteria match everything.
 *
 * @param text words matched against name and code, ignoring case and diacritics
 * @param type the kind of organisation
 * @param county the county of its locality
 * @param localityType whether its locality is rural or urban
 * @param maxPopulation only organisations in localities with fewer inhabitants than this
 */
public record OrganisationQuery(String text, OrganisationType type, String county, LocalityType localityType,
        Integer maxPopulation) {

    public static OrganisationQuery all() {
        return new OrganisationQuery(null, null, null, null, null);
    }
}
