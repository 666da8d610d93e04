package org.poliin.security.internal.realm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.junit.jupiter.api.Test;

class RealmSettingsTest {

    private static final UnaryOperator<String> KARAF = name -> "karaf.etc".equals(name) ? "/opt/poliin/etc" : null;

    @Test
    void defaultRealmIsABcryptPropertiesFileInKarafEtc() {
        RealmSettings settings = RealmSettings.from(TestRealmConfig.defaults(), Map.of(), KARAF);

        assertThat(settings.kind()).isEqualTo(LoginModuleKind.PROPERTIES);
        assertThat(settings.moduleClass()).isEqualTo("org.apache.karaf.jaas.modules.properties.PropertiesLoginModule");
        assertThat(settings.flag()).isEqualTo(LoginModuleControlFlag.REQUIRED);
        assertThat(settings.rank()).isEqualTo(1);
        assertThat(settings.writable()).isTrue();
        assertThat(settings.usersFile()).isEqualTo("/opt/poliin/etc/poliin-users.properties");
        assertThat(settings.truncatesPasswords()).isTrue();
        assertThat(settings.options()).containsEntry("users", "/opt/poliin/etc/poliin-users.properties")
                .containsEntry("encryption.enabled", "true")
                .containsEntry("encryption.name", "spring-security-crypto")
                .containsEntry("encryption.algorithm", "bcrypt")
                .containsEntry("encryption.prefix", "{CRYPT}")
                .containsEntry("encryption.suffix", "{CRYPT}")
                .containsEntry("detailed.login.exception", "false");
    }

    @Test
    void optionPropertiesAreLoginModuleOptionsAndReplaceDefaults() {
        RealmSettings settings = RealmSettings.from(TestRealmConfig.defaults(), Map.of(
                "option.users", "${karaf.etc}/other.properties",
                "option.encryption.name", "basic",
                "option.encryption.algorithm", "SHA-256",
                "option.debug", "true",
                "module", "properties",
                "admin.password", "not an option"), KARAF);

        assertThat(settings.truncatesPasswords()).isFalse();
        assertThat(settings.options()).containsEntry("users", "/opt/poliin/etc/other.properties")
                .containsEntry("encryption.name", "basic")
                .containsEntry("encryption.algorithm", "SHA-256")
                .containsEntry("debug", "true")
                .doesNotContainKeys("module", "admin.password", "option.debug");
    }

    @Test
    void ldapIsAConfigurationChangeOnlyAndReadOnly() {
        RealmSettings settings = RealmSettings.from(new TestRealmConfig("ldap", 2, "required"), Map.of(
                "option.connection.url", "ldaps://ldap.example.ro:636",
                "option.user.base.dn", "ou=people,dc=example,dc=ro",
                "option.role.mapping", "cn=poliin-admins=admin;cn=poliin-staff=staff"), KARAF);

        assertThat(settings.kind()).isEqualTo(LoginModuleKind.LDAP);
        assertThat(settings.moduleClass()).isEqualTo("org.apache.karaf.jaas.modules.ldap.LDAPLoginModule");
        assertThat(settings.writable()).isFalse();
        assertThat(settings.usersFile()).isNull();
        assertThat(settings.truncatesPasswords()).isFalse();
        assertThat(settings.rank()).isEqualTo(2);
        assertThat(settings.options()).containsEntry("connection.url", "ldaps://ldap.example.ro:636")
                .containsEntry("role.mapping", "cn=poliin-admins=admin;cn=poliin-staff=staff")
                .doesNotContainKeys("users", "encryption.enabled");
    }

    @Test
    void jdbcIsWritableAndHashesWithBcryptByDefault() {
        RealmSettings settings = RealmSettings.from(new TestRealmConfig(" JDBC ", 1, "sufficient"),
                Map.of("option.datasource", "osgi:javax.sql.DataSource/(osgi.jndi.service.name=poliin)"), KARAF);

        assertThat(settings.kind()).isEqualTo(LoginModuleKind.JDBC);
        assertThat(settings.writable()).isTrue();
        assertThat(settings.flag()).isEqualTo(LoginModuleControlFlag.SUFFICIENT);
        assertThat(settings.truncatesPasswords()).isTrue();
        assertThat(settings.options()).containsEntry("encryption.algorithm", "bcrypt")
                .containsEntry("datasource", "osgi:javax.sql.DataSource/(osgi.jndi.service.name=poliin)");
    }

    @Test
    void anotherKarafModuleClassIsAcceptedAsReadOnly() {
        RealmSettings settings = RealmSettings.from(
                new TestRealmConfig("org.apache.karaf.jaas.modules.krb5.Krb5LoginModule", 1, "required"), Map.of(), KARAF);

        assertThat(settings.kind()).isEqualTo(LoginModuleKind.OTHER);
        assertThat(settings.moduleClass()).isEqualTo("org.apache.karaf.jaas.modules.krb5.Krb5LoginModule");
        assertThat(settings.writable()).isFalse();
    }

    @Test
    void theFullClassNameOfAKnownModuleIsThatKind() {
        assertThat(LoginModuleKind.of("org.apache.karaf.jaas.modules.ldap.LDAPLoginModule")).isEqualTo(LoginModuleKind.LDAP);
    }

    @Test
    void reservedOptionsCannotRedirectTheProxy() {
        RealmSettings settings = RealmSettings.from(TestRealmConfig.defaults(), Map.of(
                "option.org.apache.karaf.jaas.module", "evil.Module",
                "option.org.apache.karaf.jaas.bundle", "0",
                "option.", "empty"), KARAF);

        assertThat(settings.options()).doesNotContainKeys("org.apache.karaf.jaas.module", "org.apache.karaf.jaas.bundle", "");
        assertThat(settings.ignoredOptions()).containsExactlyInAnyOrder(
                "option.org.apache.karaf.jaas.module", "option.org.apache.karaf.jaas.bundle", "option.");
    }

    @Test
    void multiValuedOptionsBecomeCommaSeparated() {
        RealmSettings settings = RealmSettings.from(TestRealmConfig.defaults(), Map.of(
                "option.list", List.of("a", "b"), "option.array", new String[] {"c", "d"}, "option.number", 7), KARAF);

        assertThat(settings.options()).containsEntry("list", "a,b").containsEntry("array", "c,d").containsEntry("number", "7");
    }

    @Test
    void invalidModuleOrFlagStopsTheRealm() {
        assertThatThrownBy(() -> RealmSettings.from(new TestRealmConfig("kerberos please", 1, "required"), Map.of(), KARAF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kerberos please");
        assertThatThrownBy(() -> RealmSettings.from(new TestRealmConfig("properties", 1, "mandatory"), Map.of(), KARAF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mandatory");
    }

    @Test
    void flagsAreCaseInsensitive() {
        assertThat(RealmSettings.flag("Requisite")).isEqualTo(LoginModuleControlFlag.REQUISITE);
        assertThat(RealmSettings.flag("OPTIONAL")).isEqualTo(LoginModuleControlFlag.OPTIONAL);
        assertThat(RealmSettings.flag(null)).isEqualTo(LoginModuleControlFlag.REQUIRED);
    }

    @Test
    void unknownPlaceholdersStayAsTheyAre() {
        assertThat(RealmSettings.resolve("${karaf.etc}/a:${unknown}/b", KARAF)).isEqualTo("/opt/poliin/etc/a:${unknown}/b");
        assertThat(RealmSettings.resolve("C:$\\no{placeholder}", KARAF)).isEqualTo("C:$\\no{placeholder}");
    }
}
