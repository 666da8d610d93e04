package org.poliin.security.internal.realm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.jaas.modules.jdbc.JDBCBackingEngineFactory;
import org.apache.karaf.jaas.modules.ldap.LDAPBackingEngineFactory;
import org.apache.karaf.jaas.modules.properties.PropertiesBackingEngineFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The realm {@code poliin}: one JAAS entry built from the configuration, and access to its user store. */
public final class PoliinRealm implements JaasRealm, RealmAccess {

    private static final Logger LOG = LoggerFactory.getLogger(PoliinRealm.class);

    private final RealmSettings settings;
    private final AppConfigurationEntry entry;
    private final Supplier<List<BackingEngineFactory>> registeredFactories;

    public PoliinRealm(RealmSettings settings, AppConfigurationEntry entry,
            Supplier<List<BackingEngineFactory>> registeredFactories) {
        this.settings = settings;
        this.entry = entry;
        this.registeredFactories = registeredFactories;
    }

    @Override
    public String getName() {
        return RealmSettings.REALM_NAME;
    }

    @Override
    public int getRank() {
        return settings.rank();
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        // A new array each time: callers must not be able to change the realm through it.
        return new AppConfigurationEntry[] {entry};
    }

    @Override
    public String name() {
        return RealmSettings.REALM_NAME;
    }

    @Override
    public LoginModuleKind kind() {
        return settings.kind();
    }

    @Override
    public boolean truncatesPasswords() {
        return settings.truncatesPasswords();
    }

    @Override
    public boolean writable() {
        return settings.writable();
    }

    @Override
    public Optional<BackingEngine> engine() {
        BackingEngineFactory factory = factory();
        if (factory == null) {
            return Optional.empty();
        }
        Map<String, ?> options = entry.getOptions();
        try {
            return Optional.ofNullable(factory.build(options));
        } catch (RuntimeException e) {
            LOG.warn("Cannot open the user store of realm {} ({}): {}", getName(), settings.moduleClass(), e.toString());
            return Optional.empty();
        }
    }

    /**
     * The factory the shell's jaas:* commands would use (a registered service matching the module class);
     * otherwise Karaf's own factory class for the known kinds, because Karaf 4.4 registers only the
     * properties and public-key factories as services, not the LDAP and JDBC ones.
     */
    private BackingEngineFactory factory() {
        Object moduleClass = entry.getOptions().get(ProxyLoginModule.PROPERTY_MODULE);
        for (BackingEngineFactory factory : registeredFactories.get()) {
            if (factory.getModuleClass().equals(moduleClass)) {
                return factory;
            }
        }
        return switch (settings.kind()) {
            case PROPERTIES -> new PropertiesBackingEngineFactory();
            case JDBC -> new JDBCBackingEngineFactory();
            case LDAP -> new LDAPBackingEngineFactory();
            case OTHER -> null;
        };
    }

    @Override
    public long storeStamp() {
        String usersFile = settings.usersFile();
        if (usersFile == null) {
            return 0L;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(Path.of(usersFile), BasicFileAttributes.class);
            return attributes.lastModifiedTime().toMillis() * 31 + attributes.size();
        } catch (IOException | RuntimeException e) {
            return -1L;
        }
    }
}
