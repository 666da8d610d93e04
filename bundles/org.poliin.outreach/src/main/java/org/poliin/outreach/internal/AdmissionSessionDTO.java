package org.poliin.outreach.internal;

import java.time.LocalDateTime;

import org.osgi.dto.DTO;

/** The current results of an admission session, counted. */
public class AdmissionSessionDTO extends DTO {
    public String session;
    public LocalDateTime importedAt;
    /** Every application; admitted and enrolled are among them. */
    public long applicants;
    public long admitted;
    public long enrolled;
    /** Different high schools the applicants come from. */
    public long schools;
}
