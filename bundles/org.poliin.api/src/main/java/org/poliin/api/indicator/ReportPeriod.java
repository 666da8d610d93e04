package org.poliin.api.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.FieldViolation;
import org.poliin.api.errors.InvalidInputException;

/**
 * The period a report covers, both days included.
 *
 * @param from the first day
 * @param to the last day, not before {@code from}
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidInputException(List.of(FieldViolation.of("to", LocalizedText.of(
                    "trebuie să fie după data de început (" + from + ")", "must not be before from (" + from + ")"))));
        }
    }

    /**
     * The period of a request's {@code from} and {@code to} parameters, which may be missing: each
     * missing one is named in the {@link InvalidInputException} (a 400 for the caller), as is a
     * {@code to} before {@code from}.
     */
    public static ReportPeriod of(LocalDate from, LocalDate to) {
        List<FieldViolation> missing = new ArrayList<>();
        LocalizedText required = LocalizedText.of("este obligatoriu (o dată de forma 2024-04-01)",
                "is required (a date such as 2024-04-01)");
        if (from == null) {
            missing.add(FieldViolation.of("from", required));
        }
        if (to == null) {
            missing.add(FieldViolation.of("to", required));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        return new ReportPeriod(from, to);
    }

    /** Whether {@code day} lies in the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The first instant after the period, for half-open comparisons of timestamps ({@code at < endExclusive}). */
    public LocalDate endExclusive() {
        return to.plusDays(1);
    }
}
