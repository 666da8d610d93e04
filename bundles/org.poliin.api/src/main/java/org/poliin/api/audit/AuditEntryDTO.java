package org.poliin.api.audit;

import java.time.Instant;

import org.osgi.dto.DTO;

/** One entry of the audit log. */
public class AuditEntryDTO extends DTO {

    public long id;
    public Instant at;
    /** The user name, or {@code system} for what the platform did by itself. */
    public String actor;
    public String action;
    public String entityType;
    public String entityId;
    public String moduleId;
    /** The reason the user gave for the access (header {@code X-Poliin-Reason}), if any. */
    public String reason;
    public String detail;
}
