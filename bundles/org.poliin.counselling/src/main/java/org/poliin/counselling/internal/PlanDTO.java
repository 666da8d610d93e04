package org.poliin.counselling.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.osgi.dto.DTO;

/** An individual support plan (the student's assigned counsellors only; every read audited). */
public class PlanDTO extends DTO {
    public long id;
    public long studentId;
    public String goals;
    public String actions;
    public LocalDate followUpOn;
    public String createdBy;
    public LocalDateTime createdAt;
    public LocalDateTime updatedAt;
    public long version;
}
