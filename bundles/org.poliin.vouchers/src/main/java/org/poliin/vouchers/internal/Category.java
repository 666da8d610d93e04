package org.poliin.vouchers.internal;

import java.util.Locale;

import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.InvalidInputException;

/** What a voucher may be spent on. */
public enum Category {
    THEATRE("teatru", "theatre"),
    MUSEUM("muzeu", "museum"),
    PHILHARMONIC("filarmonică", "philharmonic"),
    CINEMA("cinema", "cinema"),
    BOOKS("cărți și publicații", "books and publications"),
    OTHER("altele", "other");

    public final LocalizedText label;

    Category(String ro, String en) {
        this.label = LocalizedText.of(ro, en);
    }

    /** The category named by {@code value} (case does not matter), or a 400 naming {@code field}. */
    public static Category parse(String field, String value) {
        if (value != null) {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                // reported below
            }
        }
        throw InvalidInputException.of(field, LocalizedText.of(
                "trebuie să fie una dintre categoriile THEATRE, MUSEUM, PHILHARMONIC, CINEMA, BOOKS, OTHER",
                "must be one of the categories THEATRE, MUSEUM, PHILHARMONIC, CINEMA, BOOKS, OTHER"));
    }
}
