package org.poliin.vouchers.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** A spending against a voucher. */
public class RedemptionInput extends DTO {
    /** The voucher's code, with or without dashes, any case. */
    @NotBlank
    @Size(max = 40)
    public String code;
    @NotNull
    public BigDecimal amount;
    @NotNull
    public Long venueId;
    /** Must be the voucher's category when given. */
    public String category;
    /** The day of the spending (today when left out). */
    public LocalDate spentOn;
    @NotBlank
    @Size(max = 60)
    public String receiptNo;
}
