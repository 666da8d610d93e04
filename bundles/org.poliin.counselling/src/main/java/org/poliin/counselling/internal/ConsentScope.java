package org.poliin.counselling.internal;

/** What a consent covers. */
public enum ConsentScope {
    /** Recording the student's vulnerability categories (GDPR Art. 9(2)(a)). */
    SPECIAL_CATEGORIES
}
