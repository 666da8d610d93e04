package org.poliin.vouchers.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.osgi.dto.DTO;

/** A voucher (amounts in RON). */
public class VoucherDTO extends DTO {
    public long id;
    public long fundId;
    public long applicationId;
    public long personId;
    /** The code as printed: four groups of four characters, the last one a check character. */
    public String code;
    public BigDecimal value;
    public BigDecimal spent;
    public BigDecimal balance;
    public Category category;
    public LocalDate issuedOn;
    public LocalDate expiresOn;
    public String status;
}
