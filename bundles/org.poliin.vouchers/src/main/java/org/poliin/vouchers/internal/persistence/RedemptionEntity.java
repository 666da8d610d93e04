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

/** A spending against a voucher; the receipt number is unique. */
@Entity
@Table(name = "VOUCHERS_REDEMPTION")
public class RedemptionEntity {

    @Id
    @SequenceGenerator(name = "VOUCHERS_REDEMPTION_SEQ", sequenceName = "VOUCHERS_REDEMPTION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "VOUCHERS_REDEMPTION_SEQ")
    @Column(name = "ID")
    long id;

    @Column(name = "VOUCHER_ID", nullable = false)
    long voucherId;
    @Column(name = "VENUE_ID", nullable = false)
    long venueId;
    @Column(name = "CATEGORY", nullable = false)
    String category;
    @Column(name = "AMOUNT", nullable = false, precision = 12, scale = 2)
    BigDecimal amount;
    @Column(name = "SPENT_ON", nullable = false)
    LocalDate spentOn;
    @Column(name = "RECEIPT_NO", nullable = false)
    String receiptNo;
    @Column(name = "RECORDED_BY", nullable = false)
    String recordedBy;
    @Column(name = "RECORDED_AT", nullable = false)
    LocalDateTime recordedAt;
}
