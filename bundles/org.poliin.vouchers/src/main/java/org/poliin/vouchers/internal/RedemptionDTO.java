package org.poliin.vouchers.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.osgi.dto.DTO;

/** A recorded spending. */
public class RedemptionDTO extends DTO {
    public long id;
    public long voucherId;
    public String code;
    public long venueId;
    public Category category;
    public BigDecimal amount;
    public LocalDate spentOn;
    public String receiptNo;
    public String recordedBy;
    public LocalDateTime recordedAt;
    /** The voucher's balance when this answer was given. */
    public BigDecimal balance;
    /** True when this answer repeats an earlier one (the same receipt sent again). */
    public boolean repeated;
}
