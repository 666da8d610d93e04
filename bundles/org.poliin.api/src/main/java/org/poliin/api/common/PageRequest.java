package org.poliin.api.common;

import java.util.List;

import org.poliin.api.errors.FieldViolation;
import org.poliin.api.errors.InvalidInputException;

/**
 * Which page of a search result to return. Pages are numbered from 0.
 *
 * @param page the page number, from 0
 * @param size how many items a page holds, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException(List.of(FieldViolation.of("page",
                    LocalizedText.of("trebuie să fie cel puțin 0", "must be at least 0"))));
        }
        if ((long) page * MAX_SIZE > Integer.MAX_VALUE) {
            throw new InvalidInputException(List.of(FieldViolation.of("page",
                    LocalizedText.of("este prea mare", "is too large"))));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException(List.of(FieldViolation.of("size",
                    LocalizedText.of("trebuie să fie între 1 și " + MAX_SIZE, "must be between 1 and " + MAX_SIZE))));
        }
    }

    /** A page request from optional query parameters, with the defaults for those left out. */
    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return page * size;
    }
}
