package org.poliin.security.internal.auth;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the authentication of REST requests (PID {@value #PID}). */
@ObjectClassDefinition(id = AuthConfig.PID, name = "POLI_IN authentication",
        description = "The cache of successful logins and the throttle of failed ones.")
public @interface AuthConfig {

    String PID = "org.poliin.security.auth";

    @AttributeDefinition(name = "Cache time to live (s)",
            description = "How long a successful login is remembered, so that bcrypt runs once per user "
                    + "and period rather than on every request. 0 turns the cache off.", min = "0", max = "3600")
    int cache_ttl_seconds() default 60;

    @AttributeDefinition(name = "Cache size", description = "How many users are remembered at most.", min = "1")
    int cache_max_entries() default 1000;

    @AttributeDefinition(name = "Failures before throttling",
            description = "Failed logins of one user name allowed within the window; 0 turns the throttle off.",
            min = "0")
    int throttle_max_failures() default 10;

    @AttributeDefinition(name = "Throttle window (s)",
            description = "The window, from the first failure, in which failures are counted; once there are "
                    + "too many, attempts for that name are refused until it ends.", min = "1")
    int throttle_window_seconds() default 300;
}
