package org.poliin.counselling.internal;

import java.time.LocalDate;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.PositiveOrZero;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** A support plan's goals, agreed actions and next follow-up date ({@code version} on update). */
public class PlanInput extends DTO {
    @NotBlank
    @Size(max = 4000)
    public String goals;
    @Size(max = 4000)
    public String actions;
    public LocalDate followUpOn;
    @PositiveOrZero
    public Long version;
}
