package org.poliin.counselling.internal;

/** The early-alert rules; each can be switched off in the configuration. */
public enum AlertRule {
    /** The student's last N recorded group meetings were all missed (N configurable, default 2). */
    MISSED_MEETINGS,
    /** A support plan's follow-up date has passed (plus configurable grace days). */
    FOLLOW_UP_OVERDUE,
    /** The student's support was paused. */
    STATUS_PAUSED
}
