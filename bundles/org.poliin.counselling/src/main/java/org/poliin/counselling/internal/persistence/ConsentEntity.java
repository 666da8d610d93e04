package org.poliin.counselling.internal.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** An explicit consent (GDPR Art. 9(2)(a)) and, once withdrawn, the day of withdrawal. */
@Entity
@Table(name = "COUNSELLING_CONSENT")
public class ConsentEntity {

    @Id
    @SequenceGenerator(name = "COUNSELLING_CONSENT_SEQ", sequenceName = "COUNSELLING_CONSENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "COUNSELLING_CONSENT_SEQ")
    @Column(name = "ID")
    long id;
    @Column(name = "STUDENT_ID", nullable = false)
    long studentId;

    @Column(name = "CONSENT_SCOPE", nullable = false, length = 40)
    String scope;

    @Column(name = "TEXT_VERSION", nullable = false, length = 40)
    String textVersion;

    @Column(name = "GIVEN_ON", nullable = false)
    LocalDate givenOn;

    @Column(name = "WITHDRAWN_ON")
    LocalDate withdrawnOn;

    @Column(name = "RECORDED_BY", nullable = false, length = 100)
    String recordedBy;

    @Version
    @Column(name = "VERSION")
    long version;
}
