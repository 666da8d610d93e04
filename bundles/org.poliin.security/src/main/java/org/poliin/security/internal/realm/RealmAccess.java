package org.poliin.security.internal.realm;

import java.util.Optional;

import org.apache.karaf.jaas.modules.BackingEngine;

/**
 * What the other parts of this bundle need from the realm {@code poliin}: its kind, whether users may be
 * changed, and Karaf's backing engine over its user store. Registered together with the realm's
 * {@code JaasRealm} service, so a component referencing it only runs while the realm exists.
 */
public interface RealmAccess {

    /** The JAAS realm name, for {@code LoginContext}. */
    String name();

    LoginModuleKind kind();

    /**
     * Whether the realm's hashing reads only the first 72 bytes of a password (bcrypt). Then a longer
     * password is never checked against it: it would match the hash of a different, shorter password.
     */
    boolean truncatesPasswords();

    /** Whether users can be added, changed and deleted (false for LDAP). */
    boolean writable();

    /**
     * A backing engine over the user store as it is now (a new one each call, so that changes made with
     * the shell's {@code jaas:*} commands are seen), or empty if the store has none or cannot be opened.
     * It hashes passwords with the same options as the login module verifies them.
     */
    Optional<BackingEngine> engine();

    /**
     * A value that changes whenever the user store changes, where that can be known cheaply (the users
     * file's time and size); a constant otherwise. The authentication cache drops entries made before a change.
     */
    long storeStamp();
}
