package org.poliin.testing;

import java.util.Optional;
import java.util.Set;

import org.poliin.api.security.CurrentUser;
import org.poliin.api.security.PlatformUser;

/** A current user that a test sets. */
public final class FixedCurrentUser implements CurrentUser {

    private volatile PlatformUser user;
    private volatile String reason;

    public static FixedCurrentUser as(String name, String... roles) {
        FixedCurrentUser current = new FixedCurrentUser();
        current.user = new PlatformUser(name, Set.of(roles));
        return current;
    }

    public static FixedCurrentUser nobody() {
        return new FixedCurrentUser();
    }

    public FixedCurrentUser withReason(String newReason) {
        this.reason = newReason;
        return this;
    }

    @Override
    public Optional<PlatformUser> get() {
        return Optional.ofNullable(user);
    }

    @Override
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
