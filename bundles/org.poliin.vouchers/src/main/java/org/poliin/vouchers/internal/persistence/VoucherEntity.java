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

/** A voucher issued for an award. SPENT_AMOUNT only moves through conditional UPDATEs. */
@Entity
@Table(name = "VOUCHERS_VOUCHER")
public class VoucherEntity {

    @Id
    @SequenceGenerator(name = "VOUCHERS_VOUCHER_SEQ", sequenceName = "VOUCHERS_VOUCHER_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "VOUCHERS_VOUCHER_SEQ")
    @Column(name = "ID")
    long id;

    @Column(name = "FUND_ID", nullable = false)
    long fundId;
    @Column(name = "APPLICATION_ID", nullable = false)
    long applicationId;
    @Column(name = "PERSON_ID", nullable = false)
    long personId;
    /** The normalised code (16 characters, the last one the check character). */
    @Column(name = "CODE", nullable = false)
    String code;
    @Column(name = "FACE_VALUE", nullable = false, precision = 12, scale = 2)
    BigDecimal faceValue;
    @Column(name = "SPENT_AMOUNT", nullable = false, precision = 12, scale = 2)
    BigDecimal spent;
    @Column(name = "CATEGORY", nullable = false)
    String category;
    @Column(name = "ISSUED_ON", nullable = false)
    LocalDate issuedOn;
    @Column(name = "EXPIRES_ON", nullable = false)
    LocalDate expiresOn;
    @Column(name = "STATUS", nullable = false)
    String status;
    @Version
    @Column(name = "VERSION")
    long version;
}
