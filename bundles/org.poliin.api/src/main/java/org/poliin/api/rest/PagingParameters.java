package org.poliin.api.rest;

import org.poliin.api.common.PageRequest;

/**
 * The descriptions of the paging query parameters ({@code page}, {@code size}, {@code after},
 * {@code count}) for the OpenAPI document, in Romanian and English, so that every list of the core and
 * of every module describes them alike: {@code @Parameter(description = PagingParameters.AFTER)}.
 */
public final class PagingParameters {

    public static final String PAGE = "Numărul paginii, de la 0; page × size cel mult " + PageRequest.MAX_OFFSET
            + " (mai adânc: after) / The page number, from 0; page × size at most " + PageRequest.MAX_OFFSET
            + " (deeper: after)";
    public static final String SIZE = "Câte elemente are o pagină, 1–" + PageRequest.MAX_SIZE + " (implicit "
            + PageRequest.DEFAULT_SIZE + ") / How many items a page holds, 1–" + PageRequest.MAX_SIZE + " (default "
            + PageRequest.DEFAULT_SIZE + ")";
    public static final String AFTER = "Cursorul paginii următoare: valoarea „next” a paginii precedente; citește "
            + "orice adâncime la fel de repede / The cursor of the next page: the \"next\" of the previous page; reads "
            + "any depth as fast as the first page";
    public static final String COUNT = "true: numără toate elementele în „total” (citește tot ce se potrivește); "
            + "altfel total = -1 / true: count every item into \"total\" (reads every match); otherwise total = -1";

    private PagingParameters() {
    }
}
