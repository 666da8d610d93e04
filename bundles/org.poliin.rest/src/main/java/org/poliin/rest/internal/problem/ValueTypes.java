package org.poliin.rest.internal.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.poliin.api.common.LocalizedText;

/**
 * Says, in words a person understands, what kind of value a field or parameter expects: never a Java
 * class name.
 */
public final class ValueTypes {

    private ValueTypes() {
    }

    /** "must be an integer", "must be a date in the form YYYY-MM-DD"... */
    public static LocalizedText mustBe(Class<?> type) {
        LocalizedText expected = expected(type);
        return LocalizedText.of("trebuie să fie " + expected.ro, "must be " + expected.en);
    }

    /** The expected kind of value, as a noun phrase. */
    public static LocalizedText expected(Class<?> type) {
        if (type == null) {
            return LocalizedText.of("o valoare de alt tip", "a value of another type");
        }
        Class<?> t = wrap(type);
        if (t == Integer.class || t == Long.class || t == Short.class || t == Byte.class || t == BigInteger.class) {
            return LocalizedText.of("un număr întreg", "an integer");
        }
        if (t == Double.class || t == Float.class || t == BigDecimal.class || Number.class.isAssignableFrom(t)) {
            return LocalizedText.of("un număr", "a number");
        }
        if (t == Boolean.class) {
            return LocalizedText.of("true sau false", "true or false");
        }
        if (t == LocalDate.class) {
            return LocalizedText.of("o dată în forma AAAA-LL-ZZ (de exemplu 2024-10-15)",
                    "a date in the form YYYY-MM-DD (for example 2024-10-15)");
        }
        if (t == LocalDateTime.class) {
            return LocalizedText.of("o dată și o oră în forma AAAA-LL-ZZTHH:MM[:SS] (de exemplu 2024-10-15T09:30)",
                    "a date and time in the form YYYY-MM-DDTHH:MM[:SS] (for example 2024-10-15T09:30)");
        }
        if (t == LocalTime.class) {
            return LocalizedText.of("o oră în forma HH:MM[:SS] (de exemplu 09:30)",
                    "a time in the form HH:MM[:SS] (for example 09:30)");
        }
        if (t == Instant.class || t == OffsetDateTime.class || t == ZonedDateTime.class) {
            return LocalizedText.of("un moment în forma ISO 8601 cu fus orar (de exemplu 2024-10-15T06:30:00Z)",
                    "an instant in ISO 8601 form with a time zone (for example 2024-10-15T06:30:00Z)");
        }
        if (t == UUID.class) {
            return LocalizedText.of("un UUID (de exemplu 3f2b8c1e-0c1a-4d7e-9a57-2b1f0c9d4e11)",
                    "a UUID (for example 3f2b8c1e-0c1a-4d7e-9a57-2b1f0c9d4e11)");
        }
        if (t.isEnum()) {
            String values = Arrays.stream(t.getEnumConstants()).map(value -> ((Enum<?>) value).name())
                    .collect(Collectors.joining(", "));
            return LocalizedText.of("una dintre valorile " + values, "one of " + values);
        }
        if (CharSequence.class.isAssignableFrom(t) || t == Character.class) {
            return LocalizedText.of("un text", "a text");
        }
        if (t.isArray() || Collection.class.isAssignableFrom(t)) {
            return LocalizedText.of("o listă", "a list");
        }
        if (Map.class.isAssignableFrom(t) || !t.isPrimitive()) {
            return LocalizedText.of("un obiect JSON", "a JSON object");
        }
        return LocalizedText.of("o valoare de alt tip", "a value of another type");
    }

    static Class<?> wrap(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        if (type == float.class) {
            return Float.class;
        }
        if (type == short.class) {
            return Short.class;
        }
        if (type == byte.class) {
            return Byte.class;
        }
        if (type == char.class) {
            return Character.class;
        }
        return type;
    }
}
