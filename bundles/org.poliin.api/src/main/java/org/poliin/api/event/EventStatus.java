package org.poliin.api.event;

/** Where an event stands. */
public enum EventStatus {
    PLANNED,
    DONE,
    CANCELLED
}
