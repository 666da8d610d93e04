package org.poliin.security.internal.users;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.properties.PropertiesBackingEngineFactory;
import org.poliin.security.internal.realm.LoginModuleKind;
import org.poliin.security.internal.realm.RealmAccess;

/** A realm over a users file, through Karaf's real properties backing engine (without hashing). */
final class FileRealm implements RealmAccess {

    private final Path file;
    private final LoginModuleKind kind;

    FileRealm(Path file, LoginModuleKind kind) {
        this.file = file;
        this.kind = kind;
    }

    @Override
    public String name() {
        return "poliin";
    }

    @Override
    public LoginModuleKind kind() {
        return kind;
    }

    /** This test realm stores passwords as written (no bcrypt). */
    @Override
    public boolean truncatesPasswords() {
        return false;
    }

    @Override
    public boolean writable() {
        return kind.writable();
    }

    @Override
    public Optional<BackingEngine> engine() {
        return Optional.ofNullable(new PropertiesBackingEngineFactory()
                .build(Map.of("users", file.toString(), "encryption.enabled", "false")));
    }

    @Override
    public long storeStamp() {
        return 0;
    }
}
