package org.poliin.api.organisation;

/** The kind of an organisation. */
public enum OrganisationType {
    HIGH_SCHOOL,
    SCHOOL,
    UNIVERSITY,
    PUBLIC_INSTITUTION,
    NGO,
    COMPANY,
    CULTURAL_VENUE,
    OTHER
}
