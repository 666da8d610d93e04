package org.poliin.vouchers.internal;

import java.math.BigDecimal;

import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** An approval: the voucher's category and value (the fund's voucher value when left out). */
public class AwardInput extends DTO {
    public String category;
    public BigDecimal value;
    @Size(max = 1000)
    public String reason;
}
