package org.poliin.api.organisation;

/**
 * Criteria for a search of localities; null criteria match everything.
 *
 * @param text words matched against the name and code, ignoring case and diacritics
 * @param county the county, ignoring case and diacritics
 * @param type rural or urban
 * @param maxPopulation only localities with fewer inhabitants than this (unknown populations do not match)
 */
public record LocalityQuery(String text, String county, LocalityType type, Integer maxPopulation) {

    public static LocalityQuery all() {
        return new LocalityQuery(null, null, null, null);
    }
}
