package org.poliin.api.event;

/** Whether a registered participant came. */
public enum Attendance {
    /** Not recorded yet. */
    UNKNOWN,
    PRESENT,
    ABSENT,
    EXCUSED
}
