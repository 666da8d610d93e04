package org.poliin.security.internal.realm;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

/**
 * The realm's configuration, checked and completed with the defaults: which login module, its control flag
 * and its options.
 *
 * @param kind the kind of login module
 * @param moduleClass the login module class
 * @param rank the realm rank
 * @param flag the JAAS control flag
 * @param options the login module options (without the ones the realm itself adds)
 * @param ignoredOptions {@code option.*} keys that were refused because the realm sets them itself
 */
public record RealmSettings(LoginModuleKind kind, String moduleClass, int rank, LoginModuleControlFlag flag,
        Map<String, String> options, Set<String> ignoredOptions) {

    /** The name of the realm; modules and the shell refer to it. */
    public static final String REALM_NAME = "poliin";

    /** Prefix of configuration properties passed through to the login module. */
    public static final String OPTION_PREFIX = "option.";

    /** The users file of the default properties realm; {@code karaf.etc} is resolved from system properties. */
    public static final String DEFAULT_USERS_FILE = "${karaf.etc}/poliin-users.properties";

    /** Options the realm sets itself: a configuration must not redirect the proxy to another class or bundle. */
    static final Set<String> RESERVED_OPTIONS = Set.of(
            "org.apache.karaf.jaas.module", "org.apache.karaf.jaas.bundle", "org.osgi.framework.BundleContext");

    private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    public RealmSettings {
        options = Map.copyOf(options);
        ignoredOptions = Set.copyOf(ignoredOptions);
    }

    /**
     * Reads the configuration.
     *
     * @param config the typed configuration
     * @param properties all component properties, for the {@code option.*} pass-through
     * @param systemProperty looks up a system property such as {@code karaf.etc}; null when unset
     * @throws IllegalArgumentException when the module or the flag is not valid
     */
    public static RealmSettings from(RealmConfig config, Map<String, ?> properties,
            UnaryOperator<String> systemProperty) {
        String module = config.module() == null ? "" : config.module().trim();
        LoginModuleKind kind = LoginModuleKind.of(module);
        String moduleClass = kind == LoginModuleKind.OTHER ? module : kind.moduleClass();
        if (!CLASS_NAME.matcher(moduleClass).matches()) {
            throw new IllegalArgumentException("module must be properties, ldap, jdbc or a login module class name, not '"
                    + module + "'");
        }

        // Defaults first, so that an option.* property of the configuration replaces them.
        Map<String, String> options = new LinkedHashMap<>(defaults(kind));
        Set<String> ignored = new TreeSet<>();
        for (Map.Entry<String, ?> property : properties.entrySet()) {
            String key = property.getKey();
            if (!key.startsWith(OPTION_PREFIX) || property.getValue() == null) {
                continue;
            }
            String option = key.substring(OPTION_PREFIX.length());
            if (option.isEmpty() || RESERVED_OPTIONS.contains(option)) {
                ignored.add(key);
                continue;
            }
            options.put(option, asString(property.getValue()));
        }
        options.replaceAll((key, value) -> resolve(value, systemProperty));
        return new RealmSettings(kind, moduleClass, config.rank(), flag(config.flags()), options, ignored);
    }

    /** Whether users may be changed through the platform (a properties file or a JDBC store). */
    public boolean writable() {
        return kind.writable();
    }

    /**
     * Whether the realm hashes passwords with bcrypt, which reads only their first 72 bytes: a longer
     * password would match the hash of its first 72 bytes, so the platform never checks one (LDAP and other
     * login modules check passwords themselves and are not limited).
     */
    public boolean truncatesPasswords() {
        return (kind == LoginModuleKind.PROPERTIES || kind == LoginModuleKind.JDBC)
                && "true".equalsIgnoreCase(String.valueOf(options.get("encryption.enabled")).trim())
                && "bcrypt".equalsIgnoreCase(String.valueOf(options.get("encryption.algorithm")).trim());
    }

    /** The users file of a properties realm, or null for other realms. */
    public String usersFile() {
        return kind == LoginModuleKind.PROPERTIES ? options.get("users") : null;
    }

    private static Map<String, String> defaults(LoginModuleKind kind) {
        Map<String, String> defaults = new LinkedHashMap<>();
        if (kind == LoginModuleKind.PROPERTIES) {
            defaults.put("users", DEFAULT_USERS_FILE);
        }
        if (kind == LoginModuleKind.PROPERTIES || kind == LoginModuleKind.JDBC) {
            // bcrypt through Karaf's spring-security-crypto encryption service: salted and slow by design,
            // unlike the "basic" service's unsalted SHA-256. Needs feature spring-security-crypto-encryption.
            defaults.put("encryption.enabled", "true");
            defaults.put("encryption.name", "spring-security-crypto");
            defaults.put("encryption.algorithm", "bcrypt");
            defaults.put("encryption.prefix", "{CRYPT}");
            defaults.put("encryption.suffix", "{CRYPT}");
        }
        // Never tell a caller whether the user or the password was wrong.
        defaults.put("detailed.login.exception", "false");
        return defaults;
    }

    static LoginModuleControlFlag flag(String flags) {
        String value = flags == null ? "" : flags.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "required", "" -> LoginModuleControlFlag.REQUIRED;
            case "requisite" -> LoginModuleControlFlag.REQUISITE;
            case "sufficient" -> LoginModuleControlFlag.SUFFICIENT;
            case "optional" -> LoginModuleControlFlag.OPTIONAL;
            default -> throw new IllegalArgumentException("flags must be required, requisite, sufficient or optional, not '"
                    + flags + "'");
        };
    }

    /** Replaces {@code ${name}} with the system property; an unknown name is left as it is. */
    static String resolve(String value, UnaryOperator<String> systemProperty) {
        Matcher matcher = PLACEHOLDER.matcher(value);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String replacement = systemProperty.apply(matcher.group(1));
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement == null ? matcher.group() : replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static String asString(Object value) {
        // Configuration Admin may hand arrays or lists for multi-valued properties; login options are strings.
        if (value instanceof Object[] array) {
            return String.join(",", Arrays.stream(array).map(String::valueOf).toList());
        }
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
