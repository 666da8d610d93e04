package org.poliin.api.common;

import java.util.List;

import org.poliin.api.errors.FieldViolation;
import org.poliin.api.errors.InvalidInputException;

/**
 * Which page of a list to return.
 * <p>
 * Two ways to page, both served by an index in the order of the list:
 * <ul>
 * <li><b>by key</b> (recommended, any depth): pass the {@link Page#next} of the previous page as
 * {@code after}; the store reads the rows after that key, so page 10,000 costs what page 1 costs;</li>
 * <li><b>by number</b>, for the first pages a person clicks through: {@code page} from 0, with
 * {@code page * size} at most {@value #MAX_OFFSET}; deeper pages must be read by key.</li>
 * </ul>
 * The total is counted only when asked ({@code count}), because counting reads every matching row.
 *
 * @param page the page number, from 0; must be 0 when {@code after} is given
 * @param size how many items a page holds, 1 to {@value #MAX_SIZE}
 * @param after the cursor of the previous page ({@link Page#next}), or null
 * @param count whether to count every matching item into {@link Page#total}
 */
public record PageRequest(int page, int size, String after, boolean count) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 500;
    /** How many items numbered pages may skip; deeper pages are read by key. */
    public static final int MAX_OFFSET = 10_000;

    public PageRequest {
        if (page < 0) {
            throw invalid("page", "trebuie să fie cel puțin 0", "must be at least 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw invalid("size", "trebuie să fie între 1 și " + MAX_SIZE, "must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > MAX_OFFSET) {
            throw invalid("page",
                    "este prea adâncă: page × size poate fi cel mult " + MAX_OFFSET
                            + "; citiți paginile mai adânci cu after=<next>",
                    "is too deep: page × size may be at most " + MAX_OFFSET + "; read deeper pages with after=<next>");
        }
        if (after != null && page != 0) {
            throw invalid("page", "nu se poate folosi împreună cu after", "cannot be used together with after");
        }
    }

    /** The first page of {@code size} items, without counting. */
    public PageRequest(int page, int size) {
        this(page, size, null, false);
    }

    /** A page request from optional query parameters, with the defaults for those left out. */
    public static PageRequest of(Integer page, Integer size) {
        return of(page, size, null, null);
    }

    /** A page request from optional query parameters ({@code page}, {@code size}, {@code after}, {@code count}). */
    public static PageRequest of(Integer page, Integer size, String after, Boolean count) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size,
                after == null || after.isEmpty() ? null : after, Boolean.TRUE.equals(count));
    }

    /** How many items to skip: 0 when paging by key. */
    public int offset() {
        return page * size;
    }

    /** The cursor to seek after, decoded for a list whose key has {@code keyCount} values; null on the first page. */
    public PageCursor cursor(int keyCount) {
        return after == null ? null : PageCursor.decode(after, keyCount);
    }

    /** How many rows to fetch: one more than the page holds, to know whether another page follows. */
    public int fetchSize() {
        return size + 1;
    }

    private static InvalidInputException invalid(String field, String ro, String en) {
        return new InvalidInputException(List.of(FieldViolation.of(field, LocalizedText.of(ro, en))));
    }
}
