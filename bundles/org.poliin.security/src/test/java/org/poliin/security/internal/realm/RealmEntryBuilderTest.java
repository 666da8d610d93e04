package org.poliin.security.internal.realm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;

class RealmEntryBuilderTest {

    @Test
    void entryGoesThroughKarafsProxyToTheModuleInItsBundle() {
        BundleContext context = mock(BundleContext.class);
        RealmSettings settings = RealmSettings.from(TestRealmConfig.defaults(),
                Map.of("option.debug", "true"), name -> "karaf.etc".equals(name) ? "/etc/karaf" : null);

        AppConfigurationEntry entry = RealmEntryBuilder.entry(settings, context, 42L);

        assertThat(entry.getLoginModuleName()).isEqualTo(ProxyLoginModule.class.getName())
                .isEqualTo("org.apache.karaf.jaas.boot.ProxyLoginModule");
        assertThat(entry.getControlFlag()).isEqualTo(LoginModuleControlFlag.REQUIRED);
        Map<String, ?> options = entry.getOptions();
        assertThat(options.get(ProxyLoginModule.PROPERTY_MODULE))
                .isEqualTo("org.apache.karaf.jaas.modules.properties.PropertiesLoginModule");
        // The proxy casts the bundle id to String and parses it.
        assertThat(options.get(ProxyLoginModule.PROPERTY_BUNDLE)).isEqualTo("42");
        assertThat(options.get("org.osgi.framework.BundleContext")).isSameAs(context);
        assertThat(options.get("users")).isEqualTo("/etc/karaf/poliin-users.properties");
        assertThat(options.get("encryption.name")).isEqualTo("spring-security-crypto");
        assertThat(options.get("debug")).isEqualTo("true");
    }

    @Test
    void ldapEntryCarriesTheLdapModuleAndItsOptions() {
        RealmSettings settings = RealmSettings.from(new TestRealmConfig("ldap", 1, "requisite"),
                Map.of("option.connection.url", "ldap://localhost:389"), name -> null);

        AppConfigurationEntry entry = RealmEntryBuilder.entry(settings, mock(BundleContext.class), 7L);

        assertThat(entry.getControlFlag()).isEqualTo(LoginModuleControlFlag.REQUISITE);
        assertThat(entry.getOptions().get(ProxyLoginModule.PROPERTY_MODULE))
                .isEqualTo("org.apache.karaf.jaas.modules.ldap.LDAPLoginModule");
        assertThat(entry.getOptions().get("connection.url")).isEqualTo("ldap://localhost:389");
        assertThat(entry.getOptions()).doesNotContainKey("users");
    }
}
