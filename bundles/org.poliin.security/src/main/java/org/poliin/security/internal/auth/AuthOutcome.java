package org.poliin.security.internal.auth;

import org.poliin.api.security.PlatformUser;

/** What came of checking a user name and password. */
public sealed interface AuthOutcome {

    /** The credentials are right. */
    record Authenticated(PlatformUser user) implements AuthOutcome {
    }

    /** Unknown user, wrong password, or the realm could not check them (logged on the server). */
    record Rejected() implements AuthOutcome {
    }

    /** Too many failed attempts for this user name lately; try again after the given seconds. */
    record Throttled(long retryAfterSeconds) implements AuthOutcome {
    }
}
