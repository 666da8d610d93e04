package org.poliin.counselling.internal;

/** Where a supported student's support stands. */
public enum StudentStatus {
    ACTIVE,
    PAUSED,
    CLOSED
}
