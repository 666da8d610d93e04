package org.poliin.api.organisation;

/** Whether a locality is rural (a commune or village) or urban (a town or city). */
public enum LocalityType {
    RURAL,
    URBAN
}
