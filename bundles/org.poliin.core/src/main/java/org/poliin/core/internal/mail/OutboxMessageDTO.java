package org.poliin.core.internal.mail;

import java.time.Instant;

import org.osgi.dto.DTO;

/** A message of the outbox as the administrators see it (without its body). */
public class OutboxMessageDTO extends DTO {
    public long id;
    public String moduleId;
    public String recipient;
    public String subject;
    public OutboxStatus status;
    public int attempts;
    public Instant nextAttemptAt;
    public String lastError;
    public Instant createdAt;
    public Instant sentAt;
}
