package org.poliin.core.internal.rest;

/**
 * The descriptions of the paging parameters every list of the core takes, for the OpenAPI document
 * (Romanian / English, like the rest of the document). See docs/api.md, "Paging".
 */
final class ListParameters {

    static final String PAGE = "Numărul paginii, de la 0; page × size cel mult 10000 (mai adânc: after) / "
            + "The page number, from 0; page × size at most 10000 (deeper: after)";
    static final String SIZE = "Câte elemente are o pagină, 1–500, implicit 20 / How many items a page holds, 1–500, default 20";
    static final String AFTER = "Cursorul paginii următoare: valoarea „next” a paginii precedente (citire după cheie, "
            + "la orice adâncime) / The next page's cursor: the \"next\" value of the previous page (read by key, "
            + "at any depth)";
    static final String COUNT = "true: numără toate elementele găsite în „total” (altfel total = -1) / "
            + "true: count every matching item into \"total\" (else total = -1)";
    static final String TEXT = "Căutare: fiecare cuvânt scris trebuie să fie începutul unui cuvânt al înregistrării, "
            + "fără diacritice și majuscule / Search: every word typed must be the beginning of a word of the record, "
            + "ignoring diacritics and case";

    private ListParameters() {
    }
}
