package org.poliin.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.spring_security_crypto.impl.SpringSecurityCryptoEncryptionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.security.internal.auth.AuthConfig;
import org.poliin.security.internal.auth.AuthOutcome;
import org.poliin.security.internal.auth.JaasAuthenticator;
import org.poliin.security.internal.realm.PoliinRealm;
import org.poliin.security.internal.realm.RealmConfig;
import org.poliin.security.internal.realm.RealmEntryBuilder;
import org.poliin.security.internal.realm.RealmSettings;
import org.poliin.security.internal.users.RealmUserDirectory;
import org.poliin.security.internal.users.UserView;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The realm's default configuration, end to end without OSGi: the JAAS entry goes through Karaf's
 * ProxyLoginModule to Karaf's PropertiesLoginModule, passwords are hashed by Karaf's backing engine with
 * bcrypt from Karaf's spring-security-crypto encryption service, and the login verifies them. Only the
 * framework is mocked: the bundle that loads the module class and the encryption service lookup.
 */
class RealmLoginEndToEndTest {

    private static final long MODULES_BUNDLE_ID = 5L;

    @TempDir
    Path etc;

    private Configuration previousConfiguration;
    private PoliinRealm realm;
    private Path usersFile;

    private record DefaultRealmConfig() implements RealmConfig {
        @Override public String module() { return "properties"; }
        @Override public int rank() { return 1; }
        @Override public String flags() { return "required"; }
        @Override public Class<? extends Annotation> annotationType() { return RealmConfig.class; }
    }

    private record DefaultAuthConfig() implements AuthConfig {
        @Override public int cache_ttl_seconds() { return 60; }
        @Override public int cache_max_entries() { return 1000; }
        @Override public int throttle_max_failures() { return 10; }
        @Override public int throttle_window_seconds() { return 300; }
        @Override public Class<? extends Annotation> annotationType() { return AuthConfig.class; }
    }

    @BeforeEach
    @SuppressWarnings({"unchecked", "rawtypes"})
    void setUp() throws Exception {
        BundleContext context = mock(BundleContext.class);
        Bundle modules = mock(Bundle.class);
        when(context.getBundle(MODULES_BUNDLE_ID)).thenReturn(modules);
        when(modules.loadClass(anyString())).thenAnswer(call -> Class.forName(call.getArgument(0)));
        // Karaf's EncryptionSupport tracks the service named in encryption.name through the bundle context.
        ServiceReference encryptionReference = mock(ServiceReference.class);
        when(context.getServiceReferences((String) isNull(), anyString()))
                .thenAnswer(call -> ((String) call.getArgument(1)).contains("(name=spring-security-crypto)")
                        ? new ServiceReference[] {encryptionReference} : null);
        when(context.getService(encryptionReference)).thenReturn(new SpringSecurityCryptoEncryptionService());
        ProxyLoginModule.init(context);

        RealmSettings settings = RealmSettings.from(new DefaultRealmConfig(), Map.of(),
                name -> "karaf.etc".equals(name) ? etc.toString() : null);
        usersFile = Path.of(settings.usersFile());
        Files.writeString(usersFile, "");
        AppConfigurationEntry entry = RealmEntryBuilder.entry(settings, context, MODULES_BUNDLE_ID);
        realm = new PoliinRealm(settings, entry, List::of);

        // What Karaf's jaas config bundle does with every JaasRealm service.
        previousConfiguration = Configuration.getConfiguration();
        JaasRealm jaasRealm = realm;
        Configuration.setConfiguration(new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return jaasRealm.getName().equals(name) ? jaasRealm.getEntries() : null;
            }
        });
    }

    @AfterEach
    void tearDown() {
        Configuration.setConfiguration(previousConfiguration);
    }

    @Test
    void usersAddedThroughTheBackingEngineLogInWithBcryptHashes() throws Exception {
        BackingEngine engine = realm.engine().orElseThrow();
        engine.addUser("ana.pop", "parola-foarte-lunga");
        engine.addRole("ana.pop", "counsellor");
        engine.addRole("ana.pop", "ssh");

        String stored = Files.readString(usersFile);
        assertThat(stored).contains("ana.pop").contains("{CRYPT}$2a$").doesNotContain("parola-foarte-lunga");

        JaasAuthenticator authenticator = new JaasAuthenticator(realm, new DefaultAuthConfig());
        assertThat(authenticator.authenticate("ana.pop", "parola-foarte-lunga"))
                .isInstanceOfSatisfying(AuthOutcome.Authenticated.class, ok -> {
                    assertThat(ok.user().name()).isEqualTo("ana.pop");
                    assertThat(ok.user().roles()).containsExactly("counsellor");
                });
        assertThat(authenticator.authenticate("ana.pop", "parola-gresita-123")).isInstanceOf(AuthOutcome.Rejected.class);
        assertThat(authenticator.authenticate("nobody", "parola-foarte-lunga")).isInstanceOf(AuthOutcome.Rejected.class);
    }

    @Test
    void theDirectoryCreatesUsersThatCanLogInAndChangesTheirPasswords() {
        JaasAuthenticator authenticator = new JaasAuthenticator(realm, new DefaultAuthConfig());
        RealmUserDirectory users = new RealmUserDirectory(realm, mock(AuditLog.class), authenticator);

        UserView created = users.create("admin", "prima-parola-admin", List.of("admin"));
        assertThat(created.roles()).containsExactly("admin");
        assertThat(authenticator.authenticate("admin", "prima-parola-admin")).isInstanceOf(AuthOutcome.Authenticated.class);

        users.changePassword("admin", "a-doua-parola-admin", "prima-parola-admin",
                new org.poliin.api.security.PlatformUser("admin", java.util.Set.of("admin")));

        assertThat(authenticator.authenticate("admin", "prima-parola-admin")).isInstanceOf(AuthOutcome.Rejected.class);
        assertThat(authenticator.authenticate("admin", "a-doua-parola-admin")).isInstanceOf(AuthOutcome.Authenticated.class);
        assertThat(users.get("admin").roles()).containsExactly("admin");
    }

    @Test
    void bcryptReadsOnlySeventyTwoBytesSoLongerPasswordsAreNeverChecked() throws Exception {
        // A user whose password is exactly 72 bytes: 36 letters "ș"/"ț", 2 bytes each (set as the shell's
        // jaas:user-add would, without the platform's rules).
        String seventyTwoBytes = "șț".repeat(18);
        BackingEngine engine = realm.engine().orElseThrow();
        engine.addUser("ana.pop", seventyTwoBytes);
        engine.addRole("ana.pop", "staff");
        JaasAuthenticator authenticator = new JaasAuthenticator(realm, new DefaultAuthConfig());
        assertThat(authenticator.authenticate("ana.pop", seventyTwoBytes)).isInstanceOf(AuthOutcome.Authenticated.class);

        // bcrypt itself ignores everything after byte 72: the hash matches a longer, different password.
        String longer = seventyTwoBytes + "-altceva";
        String hash = Files.readAllLines(usersFile).stream().filter(line -> line.startsWith("ana.pop"))
                .findFirst().orElseThrow().replaceAll("^ana\\.pop\\s*=\\s*\\{CRYPT}", "").replaceAll("\\{CRYPT}.*$", "");
        assertThat(hash).startsWith("$2a$");
        assertThat(new BCryptPasswordEncoder().matches(longer, hash)).isTrue();

        // The platform never lets it log in.
        assertThat(authenticator.authenticate("ana.pop", longer)).isInstanceOf(AuthOutcome.Rejected.class);
    }

    @Test
    void theDirectoryRefusesPasswordsLongerThanSeventyTwoBytes() {
        JaasAuthenticator authenticator = new JaasAuthenticator(realm, new DefaultAuthConfig());
        RealmUserDirectory users = new RealmUserDirectory(realm, mock(AuditLog.class), authenticator);
        String thirtySevenLetters = "ș".repeat(37);

        assertThatThrownBy(() -> users.create("ana.pop", thirtySevenLetters, List.of("staff")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field).containsExactly("password"));
        users.create("ana.pop", "ș".repeat(36), List.of("staff"));
        assertThatThrownBy(() -> users.changePassword("ana.pop", thirtySevenLetters, null,
                new org.poliin.api.security.PlatformUser("admin", java.util.Set.of("admin"))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(authenticator.authenticate("ana.pop", "ș".repeat(36))).isInstanceOf(AuthOutcome.Authenticated.class);
    }
}
