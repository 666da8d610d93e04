package org.poliin.counselling.internal;

import java.time.LocalDate;

import org.osgi.dto.DTO;

/** A consent record; the history is kept after withdrawal. */
public class ConsentDTO extends DTO {
    public long id;
    public long studentId;
    public ConsentScope scope;
    public String textVersion;
    public LocalDate givenOn;
    public LocalDate withdrawnOn;
    public String recordedBy;
    public boolean valid;
}
