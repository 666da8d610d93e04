package org.poliin.security.internal.users;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the first administrator (PID {@value #PID}). A separate PID from the realm's, and read
 * by a component that registers no service, so that the password shows in no service property.
 */
@ObjectClassDefinition(id = BootstrapConfig.PID, name = "POLI_IN first administrator",
        description = "When the realm has no administrator, the user 'admin' is created with the password from "
                + "the environment variable POLIIN_ADMIN_PASSWORD, else from this configuration, else a generated one.")
public @interface BootstrapConfig {

    String PID = "org.poliin.security.bootstrap";

    @AttributeDefinition(name = "Password of admin", type = AttributeType.PASSWORD, required = false,
            description = "Used only when the environment variable POLIIN_ADMIN_PASSWORD is not set and the realm "
                    + "has no administrator. At least 12 characters. Remove it once the platform has started.")
    String admin_password() default "";

    @AttributeDefinition(name = "Log a generated password",
            description = "Also write a generated password once to the log (WARN), not only to the standard output: "
                    + "with bin/start, the standard output goes to KARAF_REDIRECT, /dev/null unless set.")
    boolean generated_password_log() default true;
}
