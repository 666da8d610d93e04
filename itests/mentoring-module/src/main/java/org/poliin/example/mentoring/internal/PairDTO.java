package org.poliin.example.mentoring.internal;

import java.time.LocalDate;

import org.osgi.dto.DTO;

/** A mentoring pair as the REST API shows it. */
public class PairDTO extends DTO {
    public long id;
    public long mentorPersonId;
    public long menteePersonId;
    public LocalDate startedOn;
    public LocalDate endedOn;
    public String goals;
    public long version;
}
