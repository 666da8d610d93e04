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

/** An application to a call. The criteria are sensitive personal data. */
@Entity
@Table(name = "VOUCHERS_APPLICATION")
public class ApplicationEntity {

    @Id
    @SequenceGenerator(name = "VOUCHERS_APPLICATION_SEQ", sequenceName = "VOUCHERS_APPLICATION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "VOUCHERS_APPLICATION_SEQ")
    @Column(name = "ID")
    long id;

    @Column(name = "CALL_ID", nullable = false)
    long callId;
    @Column(name = "PERSON_ID", nullable = false)
    long personId;
    /** Comma-separated criterion codes the applicant meets: sensitive. */
    @Column(name = "CRITERIA")
    String criteria;
    @Column(name = "EVIDENCE_REF")
    String evidenceRef;
    @Column(name = "PREFERRED_CATEGORY", nullable = false)
    String preferredCategory;
    @Column(name = "STATUS", nullable = false)
    String status;
    /** Y or N. */
    @Column(name = "ELIGIBLE", nullable = false)
    String eligible;
    /** Comma-separated codes of the criteria that made the application ineligible. */
    @Column(name = "FAILED_CRITERIA")
    String failedCriteria;
    @Column(name = "CRITERIA_POINTS", nullable = false)
    int criteriaPoints;
    @Column(name = "ASSESSMENT_POINTS", nullable = false)
    int assessmentPoints;
    @Column(name = "SCORE", nullable = false)
    int score;
    @Column(name = "DECISION_REASON")
    String decisionReason;
    @Column(name = "SUBMITTED_ON", nullable = false)
    LocalDate submittedOn;
    @Column(name = "DECIDED_AT")
    LocalDateTime decidedAt;
    @Column(name = "ERASED_AT")
    LocalDateTime erasedAt;
    @Version
    @Column(name = "VERSION")
    long version;
}
