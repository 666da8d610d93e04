package org.poliin.counselling.internal;

import java.time.LocalDate;

import javax.validation.constraints.PastOrPresent;

import org.osgi.dto.DTO;

/** The withdrawal of a consent; today when no day is given. */
public class WithdrawalInput extends DTO {
    @PastOrPresent
    public LocalDate withdrawnOn;
}
