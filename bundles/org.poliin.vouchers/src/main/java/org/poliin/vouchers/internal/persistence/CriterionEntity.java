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

/** An eligibility criterion of a call. */
@Entity
@Table(name = "VOUCHERS_CRITERION")
public class CriterionEntity {

    @Id
    @SequenceGenerator(name = "VOUCHERS_CRITERION_SEQ", sequenceName = "VOUCHERS_CRITERION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "VOUCHERS_CRITERION_SEQ")
    @Column(name = "ID")
    long id;

    @Column(name = "CALL_ID", nullable = false)
    long callId;
    @Column(name = "CODE", nullable = false)
    String code;
    @Column(name = "LABEL_RO", nullable = false)
    String labelRo;
    @Column(name = "LABEL_EN", nullable = false)
    String labelEn;
    @Column(name = "POINTS", nullable = false)
    int points;
    /** Y when every applicant must meet it, N otherwise. */
    @Column(name = "MANDATORY", nullable = false)
    String mandatory;
}
