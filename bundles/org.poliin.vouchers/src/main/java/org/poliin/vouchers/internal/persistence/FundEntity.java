package org.poliin.vouchers.internal.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A fund: budget in RON for a period, the voucher value, categories. COMMITTED_AMOUNT only moves through conditional UPDATEs. */
@Entity
@Table(name = "VOUCHERS_FUND")
public class FundEntity {

    @Id
    @SequenceGenerator(name = "VOUCHERS_FUND_SEQ", sequenceName = "VOUCHERS_FUND_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "VOUCHERS_FUND_SEQ")
    @Column(name = "ID")
    long id;

    @Column(name = "NAME", nullable = false)
    String name;
    @Column(name = "PERIOD_FROM", nullable = false)
    LocalDate periodFrom;
    @Column(name = "PERIOD_TO", nullable = false)
    LocalDate periodTo;
    @Column(name = "BUDGET", nullable = false, precision = 12, scale = 2)
    BigDecimal budget;
    @Column(name = "COMMITTED_AMOUNT", nullable = false, precision = 12, scale = 2)
    BigDecimal committed;
    @Column(name = "VOUCHER_AMOUNT", nullable = false, precision = 12, scale = 2)
    BigDecimal voucherAmount;
    @Column(name = "VOUCHER_EXPIRES_ON", nullable = false)
    LocalDate voucherExpiresOn;
    /** Comma-separated {@code Category} names. */
    @Column(name = "CATEGORIES", nullable = false)
    String categories;
    @Version
    @Column(name = "VERSION")
    long version;
}
