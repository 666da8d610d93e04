package org.poliin.vouchers.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotEmpty;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;

import org.osgi.dto.DTO;

/** A new fund. */
public class FundInput extends DTO {
    @NotBlank
    @Size(max = 200)
    public String name;
    @NotNull
    public LocalDate periodFrom;
    @NotNull
    public LocalDate periodTo;
    /** RON, at most 2 decimals. */
    @NotNull
    public BigDecimal budget;
    /** The value of one voucher, RON, at most 2 decimals. */
    @NotNull
    public BigDecimal voucherValue;
    /** The last day a voucher of the fund may be spent; the end of the period when left out. */
    public LocalDate voucherExpiresOn;
    /** THEATRE, MUSEUM, PHILHARMONIC, CINEMA, BOOKS, OTHER. */
    @NotEmpty
    @Size(max = 6)
    public List<String> categories;
}
