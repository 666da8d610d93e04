package org.poliin.security.internal.auth;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

/**
 * Logs in with {@link LoginContext}. The context loads the login module class ({@code ProxyLoginModule} of
 * Karaf) through the thread context class loader, which on an HTTP thread is whatever the web container
 * left there; so it is set to this bundle's class loader, which imports {@code org.apache.karaf.jaas.boot},
 * for the construction and the login, and restored afterwards.
 */
public final class JaasLogin implements LoginFunction {

    @Override
    public Subject login(String realm, String user, char[] password) throws LoginException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(JaasLogin.class.getClassLoader());
        try {
            Subject subject = new Subject();
            LoginContext context = new LoginContext(realm, subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password);
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            context.login();
            return subject;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
