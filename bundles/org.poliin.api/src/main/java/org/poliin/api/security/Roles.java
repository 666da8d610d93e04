package org.poliin.api.security;

import java.util.List;

/** The roles of the platform. A user has one or more of them. */
public final class Roles {

    /** Runs the platform: users, modules, audit log, privacy requests. */
    public static final String ADMIN = "admin";
    /** Coordinates the programme: reads everything but what only counsellors may see. */
    public static final String COORDINATOR = "coordinator";
    /**
     * Counsels vulnerable students: the only role that may see counselling records (who is supported,
     * their vulnerability categories, plans and notes). A module that holds such records checks this role.
     */
    public static final String COUNSELLOR = "counsellor";
    /** Programme staff: records the programme's daily work. */
    public static final String STAFF = "staff";
    /** Reads indicators and reports only. */
    public static final String VIEWER = "viewer";

    /** All roles, from the most to the least powerful. */
    public static final List<String> ALL = List.of(ADMIN, COORDINATOR, COUNSELLOR, STAFF, VIEWER);

    private Roles() {
    }
}
