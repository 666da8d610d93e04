package org.poliin.example.mentoring.internal;

import java.time.LocalDate;

import javax.validation.constraints.NotNull;

import org.osgi.dto.DTO;

/** The end of a mentoring pair, with the version the caller read. */
public class PairEnd extends DTO {
    @NotNull
    public LocalDate endedOn;
    @NotNull
    public Long version;
}
