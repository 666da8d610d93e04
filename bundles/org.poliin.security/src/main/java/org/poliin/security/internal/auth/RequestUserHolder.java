package org.poliin.security.internal.auth;

import org.poliin.api.security.PlatformUser;

/** The request-scoped state behind {@code CurrentUser}, written by the filters of this bundle only. */
public interface RequestUserHolder {

    /** Starts a request on this thread: forgets whatever an earlier request left, keeps the stated reason. */
    void begin(String reason);

    /** The request's credentials were checked: it runs on behalf of {@code user}. */
    void authenticated(PlatformUser user);

    /** Ends the request on this thread. */
    void end();
}
