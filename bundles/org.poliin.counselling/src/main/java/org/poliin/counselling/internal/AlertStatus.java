package org.poliin.counselling.internal;

/** An alert's life: raised, seen by a counsellor, resolved with a note. */
public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED,
    RESOLVED
}
