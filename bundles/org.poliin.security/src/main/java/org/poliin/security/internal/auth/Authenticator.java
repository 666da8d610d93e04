package org.poliin.security.internal.auth;

/** Checks user names and passwords against the realm {@code poliin}. */
public interface Authenticator {

    /**
     * @param client where the attempt comes from (the client's address); failed attempts are counted
     *     per user name and client, so that nobody can lock another client out of an account
     */
    AuthOutcome authenticate(String user, String password, String client);

    /** An attempt of the platform itself (checking a user's current password), not of a client. */
    default AuthOutcome authenticate(String user, String password) {
        return authenticate(user, password, "");
    }

    /** Forgets what is cached about {@code user}; called after every change of the user through the platform. */
    void invalidate(String user);
}
