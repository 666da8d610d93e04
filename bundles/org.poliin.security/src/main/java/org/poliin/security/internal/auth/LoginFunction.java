package org.poliin.security.internal.auth;

import javax.security.auth.Subject;
import javax.security.auth.login.LoginException;

/** Logs a user in to a JAAS realm; a seam so that the cache and throttle can be tested without JAAS. */
@FunctionalInterface
public interface LoginFunction {

    /**
     * @return the subject with the principals of the user
     * @throws LoginException when the login fails ({@code FailedLoginException} for wrong credentials)
     */
    Subject login(String realm, String user, char[] password) throws LoginException;
}
