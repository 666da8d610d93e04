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

/** A supported student (private to the module; the API speaks in DTOs). */
@Entity
@Table(name = "COUNSELLING_STUDENT")
public class StudentEntity {

    @Id
    @SequenceGenerator(name = "COUNSELLING_STUDENT_SEQ", sequenceName = "COUNSELLING_STUDENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "COUNSELLING_STUDENT_SEQ")
    @Column(name = "ID")
    long id;
    /** The core person; null once anonymised. */
    @Column(name = "PERSON_ID")
    Long personId;

    /** The university's student identifier, matched against the enrolment CSV; null once anonymised. */
    @Column(name = "STUDENT_NUMBER", length = 64)
    String studentNumber;

    @Column(name = "FACULTY", nullable = false, length = 100)
    String faculty;

    @Column(name = "PROGRAMME", length = 200)
    String programme;

    @Column(name = "STUDY_YEAR", nullable = false)
    int studyYear;

    @Column(name = "COHORT_YEAR", nullable = false)
    int cohortYear;

    @Column(name = "REFERRAL", nullable = false, length = 30)
    String referral;

    @Column(name = "STUDENT_STATUS", nullable = false, length = 10)
    String status;

    @Column(name = "STATUS_CHANGED_ON", nullable = false)
    LocalDate statusChangedOn;

    @Column(name = "SUPPORTED_SINCE", nullable = false)
    LocalDate supportedSince;

    @Column(name = "CLOSED_ON")
    LocalDate closedOn;

    @Column(name = "ANONYMISED_ON")
    LocalDate anonymisedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "COUNSELLING_COUNSELLOR", joinColumns = @JoinColumn(name = "STUDENT_ID"))
    @Column(name = "USER_NAME", length = 100)
    Set<String> counsellors = new HashSet<>();

    /** GDPR Art. 9 special categories; written only under a valid consent. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "COUNSELLING_CATEGORY", joinColumns = @JoinColumn(name = "STUDENT_ID"))
    @Column(name = "CATEGORY", length = 30)
    Set<String> categories = new HashSet<>();

    @Version
    @Column(name = "VERSION")
    long version;
}
