package org.poliin.security.internal.realm;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * Configuration of the JAAS realm {@code poliin} (PID {@value #PID}). Besides these attributes, every
 * property named {@code option.<key>} is passed to the login module as option {@code <key>}: that is how
 * an LDAP or JDBC realm is configured without a code change.
 */
@ObjectClassDefinition(id = RealmConfig.PID, name = "POLI_IN security realm",
        description = "The JAAS realm 'poliin' that authenticates the users of the REST API. "
                + "Properties named option.<key> are passed to the login module as option <key>.")
public @interface RealmConfig {

    String PID = "org.poliin.security.realm";

    @AttributeDefinition(name = "Login module",
            description = "properties (a users file, the default), ldap, jdbc, or the class name of another "
                    + "login module of the bundle org.apache.karaf.jaas.modules.",
            options = {
                @Option(value = "properties", label = "Properties file (etc/poliin-users.properties)"),
                @Option(value = "ldap", label = "LDAP / Active Directory (read-only)"),
                @Option(value = "jdbc", label = "JDBC data source")
            })
    String module() default "properties";

    @AttributeDefinition(name = "Rank",
            description = "The realm with the highest rank wins when several realms are named 'poliin'.")
    int rank() default 1;

    @AttributeDefinition(name = "Control flag", description = "JAAS control flag of the login module.",
            options = {
                @Option(value = "required", label = "required"),
                @Option(value = "requisite", label = "requisite"),
                @Option(value = "sufficient", label = "sufficient"),
                @Option(value = "optional", label = "optional")
            })
    String flags() default "required";
}
