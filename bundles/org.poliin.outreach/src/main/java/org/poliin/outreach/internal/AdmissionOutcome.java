package org.poliin.outreach.internal;

/**
 * How far an applicant got in an admission session. Each outcome includes the ones before it: an
 * enrolled student was admitted and had applied.
 */
public enum AdmissionOutcome {
    APPLIED,
    ADMITTED,
    ENROLLED
}
