package org.poliin.security.internal.auth;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The reverse proxies whose forwarding headers are believed (PID {@value #PID}). */
@ObjectClassDefinition(id = ProxyConfig.PID, name = "POLI_IN trusted proxies",
        description = "Reverse proxies whose X-Forwarded-For and X-Forwarded-Proto headers are honoured, so "
                + "that the login throttle sees the real client.")
public @interface ProxyConfig {

    String PID = "org.poliin.security.proxies";

    @AttributeDefinition(name = "Trusted proxies",
            description = "IPv4 or IPv6 addresses or CIDR ranges (10.0.0.0/8, 2001:db8::/32) of the reverse "
                    + "proxies in front of the platform. Empty: nobody is trusted and forwarding headers are "
                    + "ignored.")
    String[] trusted() default {};
}
