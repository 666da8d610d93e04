package org.poliin.counselling.internal;

/** How the student came to the counselling centre. */
public enum Referral {
    SELF,
    TEACHER,
    INFORMATION_OFFICE,
    VOUCHER_PROGRAMME,
    OTHER
}
