package org.poliin.api.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.poliin.api.errors.FieldViolation;
import org.poliin.api.errors.InvalidInputException;

/**
 * The position after the last item of a page: the values of that item's sort key, in the order of
 * the list's {@code ORDER BY} (the record id last, so that the key is unique). A store that pages by
 * key ("seek" or keyset paging) reads the next page with {@code WHERE (sort key) > (cursor)} over an
 * index that serves the order, so a deep page costs what the first one costs. Clients see the cursor
 * only as an opaque text ({@link Page#next}) that they pass back as the query parameter
 * {@code after}.
 */
public final class PageCursor {

    /** The query parameter a client passes the cursor in. */
    public static final String PARAMETER = "after";

    private static final String SEPARATOR = "\u001f";
    private static final String NULL = "\u0000";
    private static final int MAX_LENGTH = 2_048;

    private final List<String> keys;

    private PageCursor(List<String> keys) {
        this.keys = keys;
    }

    /** A cursor of the given key values (strings, numbers, dates, instants, enums; null allowed). */
    public static PageCursor of(Object... keys) {
        List<String> values = new ArrayList<>(keys.length);
        for (Object key : keys) {
            values.add(key == null ? null : key instanceof Enum<?> e ? e.name() : key.toString());
        }
        return new PageCursor(Collections.unmodifiableList(values));
    }

    /**
     * Reads a cursor that a client sent back.
     *
     * @param text the text of {@link #encode()}
     * @param keyCount how many key values the list's cursors hold
     * @throws InvalidInputException naming {@value #PARAMETER} when the text is not such a cursor
     */
    public static PageCursor decode(String text, int keyCount) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            throw invalid();
        }
        String joined;
        try {
            joined = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        String[] parts = joined.split(SEPARATOR, -1);
        if (parts.length != keyCount) {
            throw invalid();
        }
        List<String> values = new ArrayList<>(parts.length);
        for (String part : parts) {
            values.add(NULL.equals(part) ? null : part);
        }
        return new PageCursor(Collections.unmodifiableList(values));
    }

    /** The opaque text a client passes back as {@value #PARAMETER}. */
    public String encode() {
        List<String> parts = new ArrayList<>(keys.size());
        for (String key : keys) {
            parts.add(key == null ? NULL : key);
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
    }

    public int size() {
        return keys.size();
    }

    /** The key at {@code index} as text; null when the key was null. */
    public String text(int index) {
        return keys.get(index);
    }

    /** The key at {@code index} as a whole number. */
    public long number(int index) {
        try {
            return Long.parseLong(required(index));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    /** The key at {@code index} as a date. */
    public LocalDate date(int index) {
        try {
            return LocalDate.parse(required(index));
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    /** The key at {@code index} as an instant. */
    public Instant instant(int index) {
        try {
            return Instant.parse(required(index));
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    /** The key at {@code index} as a constant of {@code type}. */
    public <E extends Enum<E>> E constant(int index, Class<E> type) {
        try {
            return Enum.valueOf(type, required(index));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private String required(int index) {
        String value = keys.get(index);
        if (value == null) {
            throw invalid();
        }
        return value;
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException(List.of(FieldViolation.of(PARAMETER,
                LocalizedText.of("nu este un cursor al acestei liste (folosiți valoarea „next” a paginii precedente)",
                        "is not a cursor of this list (use the \"next\" value of the previous page)"))));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PageCursor cursor && keys.equals(cursor.keys);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keys);
    }

    @Override
    public String toString() {
        return "PageCursor" + Arrays.toString(keys.toArray());
    }
}
