package org.poliin.core.internal.mail;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "POLI_IN mail (SMTP)",
        description = "The SMTP server that delivers the platform's outbox. Without this configuration, "
                + "messages wait in the outbox.")
public @interface MailConfiguration {

    /** How the connection to the SMTP server is protected. */
    enum Security {
        /** Plain SMTP: only for a relay on the same host or a test server. */
        NONE,
        /** STARTTLS, required (port 587). */
        STARTTLS,
        /** SMTP over TLS (port 465). */
        SSL
    }

    @AttributeDefinition(name = "Host", description = "The SMTP server, for example smtp.university.ro")
    String host();

    @AttributeDefinition(name = "Port")
    int port() default 587;

    @AttributeDefinition(name = "Security")
    Security security() default Security.STARTTLS;

    @AttributeDefinition(name = "User name", description = "Empty for a server that needs no login")
    String username() default "";

    /** Stored under ".password": a dot-prefixed property is never published with a service. */
    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD)
    String _password() default "";

    @AttributeDefinition(name = "From", description = "The sender address, for example poliin@university.ro")
    String from();

    @AttributeDefinition(name = "Poll interval (seconds)", description = "How often the outbox is looked at")
    int poll_seconds() default 10;

    @AttributeDefinition(name = "Attempts", description = "Attempts before a message is marked failed")
    int max_attempts() default 10;

    @AttributeDefinition(name = "Keep sent messages (days)",
            description = "Sent messages (they hold e-mail addresses) are deleted after this many days")
    int keep_sent_days() default 30;
}
