package org.poliin.api.privacy;

/** The lawful basis of a processing, as listed in Article 6(1) of the GDPR. */
public enum LegalBasis {
    /** Art. 6(1)(a): the person gave consent. */
    CONSENT,
    /** Art. 6(1)(b): needed for a contract with the person. */
    CONTRACT,
    /** Art. 6(1)(c): needed to meet a legal obligation. */
    LEGAL_OBLIGATION,
    /** Art. 6(1)(d): needed to protect someone's vital interests. */
    VITAL_INTERESTS,
    /** Art. 6(1)(e): needed for a task in the public interest (the university's mission). */
    PUBLIC_TASK,
    /** Art. 6(1)(f): needed for a legitimate interest that the person's rights do not override. */
    LEGITIMATE_INTERESTS
}
