package org.poliin.counselling.internal;

import java.util.Locale;
import java.util.Optional;

/** A student's enrolment status at a term end, as the university reports it. */
public enum EnrolmentStatus {
    ENROLLED,
    DROPPED_OUT,
    GRADUATED,
    TRANSFERRED;

    /** Retained: still enrolled or graduated. */
    public boolean retained() {
        return this == ENROLLED || this == GRADUATED;
    }

    /** Accepts {@code enrolled}, {@code dropped out}, {@code dropped-out}, {@code DROPPED_OUT}... */
    public static Optional<EnrolmentStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (EnrolmentStatus status : values()) {
            if (status.name().equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
