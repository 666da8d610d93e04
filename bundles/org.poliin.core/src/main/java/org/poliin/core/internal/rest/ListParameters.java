package org.poliin.core.internal.rest;

/**
 * The description of the search parameter of the core's lists, for the OpenAPI document (Romanian /
 * English); the paging parameters are described by the API's {@code PagingParameters}. See docs/api.md.
 */
final class ListParameters {

    static final String TEXT = "Căutare: fiecare cuvânt scris trebuie să fie începutul unui cuvânt al înregistrării, "
            + "fără diacritice și majuscule / Search: every word typed must be the beginning of a word of the record, "
            + "ignoring diacritics and case";

    private ListParameters() {
    }
}
