package org.poliin.security.internal.auth;

import java.security.Principal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.poliin.api.security.PlatformUser;
import org.poliin.api.security.Roles;

/**
 * Turns the principals Karaf's login modules put into a subject into a platform user. Karaf already
 * expands groups: a user's group brings its roles as {@link RolePrincipal}s. Only the platform's roles
 * ({@link Roles#ALL}) count; other roles in the same realm (for example a shell role) are ignored.
 */
public final class PrincipalRoles {

    private PrincipalRoles() {
    }

    public static PlatformUser toPlatformUser(String loginName, Subject subject) {
        Set<Principal> principals = subject.getPrincipals();
        String name = loginName;
        for (Principal principal : principals) {
            if (principal instanceof UserPrincipal) {
                name = principal.getName();
                break;
            }
        }
        return new PlatformUser(name, platformRoles(principals));
    }

    /** The platform role names among {@code principals}, in the order of {@link Roles#ALL}. */
    public static Set<String> platformRoles(Collection<? extends Principal> principals) {
        Set<String> found = new LinkedHashSet<>();
        for (Principal principal : principals) {
            if (principal instanceof RolePrincipal) {
                found.add(principal.getName());
            }
        }
        return onlyPlatformRoles(found);
    }

    /** Keeps the names that are platform roles, in the order of {@link Roles#ALL}. */
    public static Set<String> onlyPlatformRoles(Collection<String> names) {
        Set<String> roles = new LinkedHashSet<>();
        for (String role : Roles.ALL) {
            if (names.contains(role)) {
                roles.add(role);
            }
        }
        return roles;
    }
}
