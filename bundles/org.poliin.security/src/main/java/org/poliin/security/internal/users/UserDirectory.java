package org.poliin.security.internal.users;

import java.util.Collection;
import java.util.List;

import org.poliin.api.security.PlatformUser;

/**
 * The users of the realm {@code poliin}, read and changed through Karaf's backing engine with the
 * platform's rules: validation, last-admin protection, audit entries and cache invalidation.
 */
public interface UserDirectory {

    /** Whether users may be changed (false for an LDAP realm). */
    boolean writable();

    /** All users, by name. */
    List<UserView> list();

    /** @throws org.poliin.api.errors.RecordNotFoundException when there is no such user */
    UserView get(String name);

    /** Whether some user has the role {@code admin}. */
    boolean hasAdmin();

    UserView create(String name, String password, Collection<String> roles);

    /** Sets the platform roles; roles of the realm that are not platform roles are left alone. */
    UserView setRoles(String name, Collection<String> roles);

    /**
     * Changes a password. An admin may change anyone's; any user may change their own, giving the
     * current password too.
     */
    void changePassword(String name, String newPassword, String currentPassword, PlatformUser caller);

    void delete(String name);
}
