package org.poliin.security.internal.realm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.jaas.modules.properties.PropertiesBackingEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;

class PoliinRealmTest {

    @TempDir
    Path dir;

    private PoliinRealm realm(Path users, List<BackingEngineFactory> factories) {
        RealmSettings settings = RealmSettings.from(TestRealmConfig.defaults(),
                Map.of("option.users", users.toString(), "option.encryption.enabled", "false"), name -> null);
        AppConfigurationEntry entry = RealmEntryBuilder.entry(settings, mock(BundleContext.class), 3L);
        return new PoliinRealm(settings, entry, () -> factories);
    }

    @Test
    void isTheRealmPoliinWithOneEntryThatCannotBeChangedFromOutside() {
        PoliinRealm realm = realm(dir.resolve("users.properties"), List.of());

        assertThat(realm.getName()).isEqualTo("poliin");
        assertThat(realm.getRank()).isEqualTo(1);
        AppConfigurationEntry[] entries = realm.getEntries();
        assertThat(entries).hasSize(1);
        entries[0] = null;
        assertThat(realm.getEntries()[0]).isNotNull();
    }

    @Test
    void usesTheRegisteredFactoryOfTheModuleLikeTheShellDoes() {
        BackingEngine engine = mock(BackingEngine.class);
        BackingEngineFactory other = mock(BackingEngineFactory.class);
        when(other.getModuleClass()).thenReturn("org.apache.karaf.jaas.modules.publickey.PublickeyLoginModule");
        BackingEngineFactory properties = mock(BackingEngineFactory.class);
        when(properties.getModuleClass()).thenReturn("org.apache.karaf.jaas.modules.properties.PropertiesLoginModule");
        when(properties.build(any())).thenReturn(engine);

        PoliinRealm realm = realm(dir.resolve("users.properties"), List.of(other, properties));

        assertThat(realm.engine()).containsSame(engine);
        // The factory gets the entry's options: the same hashing options as the login module.
        verify(properties).build(org.mockito.ArgumentMatchers.argThat(options -> "false".equals(options.get("encryption.enabled"))
                && options.get("org.osgi.framework.BundleContext") != null));
    }

    @Test
    void fallsBackToKarafsFactoryClassWhenNoneIsRegistered() throws Exception {
        Path users = dir.resolve("users.properties");
        Files.writeString(users, "ana = secret-password,admin\n");

        BackingEngine engine = realm(users, List.of()).engine().orElseThrow();

        assertThat(engine).isInstanceOf(PropertiesBackingEngine.class);
        assertThat(engine.lookupUser("ana")).isNotNull();
    }

    @Test
    void storeStampChangesWhenTheUsersFileChanges() throws Exception {
        Path users = dir.resolve("users.properties");
        Files.writeString(users, "ana = x,admin\n");
        Files.setLastModifiedTime(users, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
        PoliinRealm realm = realm(users, List.of());
        long before = realm.storeStamp();

        assertThat(realm.storeStamp()).isEqualTo(before);
        Files.writeString(users, "ana = x,admin,staff\n");
        Files.setLastModifiedTime(users, FileTime.from(Instant.parse("2025-01-01T00:00:05Z")));

        assertThat(realm.storeStamp()).isNotEqualTo(before);
    }

    @Test
    void createsAMissingUsersFileReadableByTheOwnerOnly() throws Exception {
        Path users = dir.resolve("etc/poliin-users.properties");

        RealmConfigurator.ensureUsersFile(users);

        assertThat(users).exists();
        assertThat(Files.readString(users)).contains("jaas:realm-manage --realm poliin").doesNotContain("=admin");
        if (Files.getFileAttributeView(users, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertThat(Files.getPosixFilePermissions(users))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }

    @Test
    void leavesAnExistingUsersFileAlone() throws Exception {
        Path users = dir.resolve("poliin-users.properties");
        Files.writeString(users, "ana = x,admin\n");

        RealmConfigurator.ensureUsersFile(users);

        assertThat(Files.readString(users)).isEqualTo("ana = x,admin\n");
    }
}
