package org.poliin.core.internal.mail;

/** Where a queued message stands. */
public enum OutboxStatus {
    /** Waiting to be sent (again). */
    QUEUED,
    SENT,
    /** Given up after the configured number of attempts; kept for the sysadmin to see. */
    FAILED
}
