package org.poliin.api.indicator;

import java.time.LocalDate;
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

    /** Whether {@code day} lies in the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The first instant after the period, for half-open comparisons of timestamps ({@code at < endExclusive}). */
    public LocalDate endExclusive() {
        return to.plusDays(1);
    }
}
