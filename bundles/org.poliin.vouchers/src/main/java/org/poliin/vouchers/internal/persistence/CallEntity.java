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

/** A call for applications to a fund. */
@Entity
@Table(name = "VOUCHERS_CALL")
public class CallEntity {

    @Id
    @SequenceGenerator(name = "VOUCHERS_CALL_SEQ", sequenceName = "VOUCHERS_CALL_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "VOUCHERS_CALL_SEQ")
    @Column(name = "ID")
    long id;

    @Column(name = "FUND_ID", nullable = false)
    long fundId;
    @Column(name = "TITLE", nullable = false)
    String title;
    @Column(name = "OPENS_ON", nullable = false)
    LocalDate opensOn;
    @Column(name = "CLOSES_ON", nullable = false)
    LocalDate closesOn;
    @Column(name = "MIN_CRITERIA", nullable = false)
    int minCriteria;
    @Version
    @Column(name = "VERSION")
    long version;
}
