package org.poliin.security.internal.realm;

import java.util.Locale;

/** The login modules of Karaf that the realm knows by a short name, and whether users can be changed there. */
public enum LoginModuleKind {

    PROPERTIES("org.apache.karaf.jaas.modules.properties.PropertiesLoginModule", true),
    LDAP("org.apache.karaf.jaas.modules.ldap.LDAPLoginModule", false),
    JDBC("org.apache.karaf.jaas.modules.jdbc.JDBCLoginModule", true),
    /** Any other login module class of the Karaf JAAS modules bundle; treated as read-only. */
    OTHER(null, false);

    private final String moduleClass;
    private final boolean writable;

    LoginModuleKind(String moduleClass, boolean writable) {
        this.moduleClass = moduleClass;
        this.writable = writable;
    }

    /** The login module class, or null for {@link #OTHER}. */
    public String moduleClass() {
        return moduleClass;
    }

    /** Whether the platform may add, change and delete users in this kind of store. */
    public boolean writable() {
        return writable;
    }

    /** The kind named by a short name ({@code properties}, {@code ldap}, {@code jdbc}) or a class name. */
    public static LoginModuleKind of(String module) {
        String value = module == null ? "" : module.trim();
        for (LoginModuleKind kind : values()) {
            if (kind != OTHER && (kind.name().toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))
                    || kind.moduleClass.equals(value))) {
                return kind;
            }
        }
        return OTHER;
    }
}
