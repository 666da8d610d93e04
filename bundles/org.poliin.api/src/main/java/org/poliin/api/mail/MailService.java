package org.poliin.api.mail;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Sends e-mail through the platform's outbox. A queued message is stored in the caller's transaction:
 * it is sent if and only if that transaction commits, and it is retried until the SMTP server accepts
 * it, across restarts. Messages wait in the outbox while no SMTP server is configured.
 */
@ProviderType
public interface MailService {

    /**
     * Queues a message for each recipient; returns how many messages were queued.
     *
     * @throws org.poliin.api.errors.InvalidInputException when the message is incomplete or an address
     *     is malformed
     */
    int queue(MailMessage message);
}
