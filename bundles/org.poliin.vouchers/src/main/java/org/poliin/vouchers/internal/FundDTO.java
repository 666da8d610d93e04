package org.poliin.vouchers.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.osgi.dto.DTO;

/** A fund and where its money stands (RON). */
public class FundDTO extends DTO {
    public long id;
    public String name;
    public LocalDate periodFrom;
    public LocalDate periodTo;
    public BigDecimal budget;
    /** Awarded: the value of the vouchers issued and not declined. */
    public BigDecimal committed;
    /** Budget left for new awards. */
    public BigDecimal available;
    /** Spent through redemptions. */
    public BigDecimal spent;
    public BigDecimal voucherValue;
    public LocalDate voucherExpiresOn;
    public List<Category> categories;
    public long version;
}
