package org.poliin.api.people;

/**
 * Criteria for a search of people; null criteria match everything.
 *
 * @param text words matched against names, email and external id, ignoring case and diacritics
 * @param localityId the locality the person lives in
 * @param externalId an exact external id
 * @param includeErased whether erased (anonymous) records are included
 */
public record PersonQuery(String text, Long localityId, String externalId, boolean includeErased) {

    public static PersonQuery all() {
        return new PersonQuery(null, null, null, false);
    }

    public static PersonQuery text(String text) {
        return new PersonQuery(text, null, null, false);
    }
}
