package org.poliin.counselling.internal;

import org.osgi.dto.DTO;

/** What a run of the alert rules or of the retention purge did. */
public class RunDTO extends DTO {
    public int studentsChecked;
    public int alertsRaised;
    public int studentsAnonymised;
}
