package org.poliin.counselling.internal;

import java.time.LocalDateTime;

import org.osgi.dto.DTO;

/** An early alert for the student's counsellors. */
public class AlertDTO extends DTO {
    public long id;
    public long studentId;
    public AlertRule rule;
    public String triggerKey;
    public AlertStatus status;
    public LocalDateTime raisedAt;
    public String acknowledgedBy;
    public LocalDateTime acknowledgedAt;
    public String resolvedBy;
    public LocalDateTime resolvedAt;
    public String resolutionNote;
    public long version;
}
