package org.poliin.outreach.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.poliin.outreach.internal.AdmissionOutcome;

/** One application of an admission session: the applicant's high school, programme and outcome; no name, no id. */
@Entity
@Table(name = "OUTREACH_ADMISSION")
public class AdmissionEntity {

    @Id
    @SequenceGenerator(name = "OUTREACH_ADMISSION_SEQ", sequenceName = "OUTREACH_ADMISSION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "OUTREACH_ADMISSION_SEQ")
    @Column(name = "ID")
    long id;

    @Column(name = "IMPORT_ID", nullable = false)
    long importId;

    @Column(name = "SESSION_CODE", nullable = false, length = 20)
    String session;

    @Column(name = "SCHOOL_ID", nullable = false)
    long schoolId;

    @Column(name = "PROGRAMME", nullable = false, length = 200)
    String programme;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", nullable = false, length = 10)
    AdmissionOutcome outcome;
}
