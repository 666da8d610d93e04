package org.poliin.api.security;

import java.util.Objects;
import java.util.Set;

/**
 * An authenticated user.
 *
 * @param name the user name
 * @param roles the user's roles, from {@link Roles}
 */
public record PlatformUser(String name, Set<String> roles) {

    public PlatformUser {
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (String role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
