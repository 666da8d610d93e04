package org.poliin.security.internal.users;

import java.util.Collection;
import java.util.List;

import org.poliin.api.security.Roles;

/** Orders platform roles as {@link Roles#ALL} does, for stable answers. */
final class PlatformRoles {

    private PlatformRoles() {
    }

    static List<String> ordered(Collection<String> roles) {
        return Roles.ALL.stream().filter(roles::contains).toList();
    }
}
