package org.poliin.security.internal.realm;

import java.util.HashMap;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.osgi.framework.BundleContext;

/**
 * Builds the realm's JAAS entry the way Karaf's own realms are built. The entry names Karaf's
 * {@link ProxyLoginModule}, which lives on the boot class path and so can be loaded by any class loader; it
 * then loads the real login module class from the bundle whose id is in option
 * {@value ProxyLoginModule#PROPERTY_BUNDLE}. The bundle context goes into the options too, because Karaf's
 * login modules and backing engines look up the encryption service (bcrypt) through it.
 */
public final class RealmEntryBuilder {

    private RealmEntryBuilder() {
    }

    /**
     * @param settings the realm settings
     * @param context the bundle context handed to the login module
     * @param moduleBundleId the id of the bundle that can load {@code settings.moduleClass()}
     */
    public static AppConfigurationEntry entry(RealmSettings settings, BundleContext context, long moduleBundleId) {
        Map<String, Object> options = new HashMap<>(settings.options());
        options.put(BundleContext.class.getName(), context);
        options.put(ProxyLoginModule.PROPERTY_MODULE, settings.moduleClass());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(moduleBundleId));
        return new AppConfigurationEntry(ProxyLoginModule.class.getName(), settings.flag(), options);
    }
}
