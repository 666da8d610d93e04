package org.poliin.security.internal.realm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the JAAS realm {@code poliin} from configuration {@value RealmConfig#PID}.
 *
 * <p>The realm is registered by hand rather than as this component's service: DS would copy every
 * configuration property into the service properties, and {@code option.*} may hold secrets (an LDAP bind
 * password) that must not show in {@code service:list}. A configuration change re-creates the component,
 * so the realm never changes under a running login.
 */
@Component(configurationPid = RealmConfig.PID, immediate = true)
@Designate(ocd = RealmConfig.class)
public final class RealmConfigurator {

    private static final Logger LOG = LoggerFactory.getLogger(RealmConfigurator.class);

    private static final String USERS_FILE_HEADER = """
            # Users of the POLI_IN REST API (JAAS realm "poliin").
            # Manage them with the REST API (/api/v1/users) or the Karaf shell:
            #   jaas:realm-manage --realm poliin ; jaas:user-add NAME PASSWORD ; jaas:role-add NAME ROLE ; jaas:update
            # Passwords are stored as bcrypt hashes: never write a clear-text password here.
            # Format: NAME = {CRYPT}HASH{CRYPT},ROLE,ROLE,...
            """;

    /** Factories registered by Karaf (and others); the shell's jaas:* commands use the same ones. */
    @Reference(service = BackingEngineFactory.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, fieldOption = FieldOption.UPDATE)
    private final List<BackingEngineFactory> engineFactories = new CopyOnWriteArrayList<>();

    private final ServiceRegistration<?> registration;

    @Activate
    public RealmConfigurator(BundleContext context, RealmConfig config, Map<String, Object> properties) {
        RealmSettings settings = RealmSettings.from(config, properties, System::getProperty);
        if (!settings.ignoredOptions().isEmpty()) {
            LOG.warn("Realm {}: ignoring {} because the realm sets these options itself",
                    RealmSettings.REALM_NAME, settings.ignoredOptions());
        }
        if (settings.usersFile() != null) {
            ensureUsersFile(Path.of(settings.usersFile()));
        }
        AppConfigurationEntry entry = RealmEntryBuilder.entry(settings, context, moduleBundleId());
        PoliinRealm realm = new PoliinRealm(settings, entry, () -> engineFactories);

        Hashtable<String, Object> serviceProperties = new Hashtable<>();
        serviceProperties.put("poliin.realm", RealmSettings.REALM_NAME);
        serviceProperties.put(Constants.SERVICE_DESCRIPTION, "POLI_IN JAAS realm (" + settings.kind() + ")");
        registration = context.registerService(
                new String[] {JaasRealm.class.getName(), RealmAccess.class.getName()}, realm, serviceProperties);
        LOG.info("JAAS realm {} registered: module {}, {}", RealmSettings.REALM_NAME, settings.moduleClass(),
                settings.writable() ? "users managed by the platform" : "read-only user store");
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }

    /** The Karaf bundle that holds every Karaf login module; the proxy login module loads the class from it. */
    private static long moduleBundleId() {
        Bundle bundle = FrameworkUtil.getBundle(BackingEngineFactory.class);
        if (bundle == null) {
            throw new IllegalStateException("org.apache.karaf.jaas.modules is not an OSGi bundle here");
        }
        return bundle.getBundleId();
    }

    /**
     * Creates an empty users file readable by the owner only, so that the login module finds one and the
     * first user (the bootstrap admin) can be written. An existing file is left alone.
     */
    static void ensureUsersFile(Path file) {
        if (Files.exists(file)) {
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, USERS_FILE_HEADER, StandardCharsets.ISO_8859_1);
            LOG.info("Created the users file {}", file);
        } catch (FileAlreadyExistsException raced) {
            // Created meanwhile by someone else: fine.
        } catch (IOException e) {
            LOG.error("Cannot create the users file {}: {}", file, e.toString());
        }
    }
}
