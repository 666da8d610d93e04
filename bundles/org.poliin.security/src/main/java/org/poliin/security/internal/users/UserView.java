package org.poliin.security.internal.users;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A user as the platform shows it: the name and the platform roles (never a password or hash).
 *
 * @param name the user name
 * @param roles the platform roles, in the order of {@code Roles.ALL}
 */
public record UserView(String name, Set<String> roles) {

    public UserView {
        roles = Collections.unmodifiableSet(new LinkedHashSet<>(roles));
    }
}
