package org.poliin.security.internal.auth;

/** Checks user names and passwords against the realm {@code poliin}. */
public interface Authenticator {

    AuthOutcome authenticate(String user, String password);

    /** Forgets what is cached about {@code user}; called after every change of the user through the platform. */
    void invalidate(String user);
}
