package org.poliin.example.mentoring.internal;

import java.time.LocalDate;

import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** A new mentoring pair. */
public class PairInput extends DTO {
    @NotNull
    public Long mentorPersonId;
    @NotNull
    public Long menteePersonId;
    @NotNull
    public LocalDate startedOn;
    @Size(max = 1000)
    public String goals;
}
