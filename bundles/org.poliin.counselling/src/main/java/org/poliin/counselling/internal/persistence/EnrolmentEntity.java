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

/** One student's enrolment status at a term end, from the university's CSV. */
@Entity
@Table(name = "COUNSELLING_ENROLMENT")
public class EnrolmentEntity {

    @Id
    @SequenceGenerator(name = "COUNSELLING_ENROLMENT_SEQ", sequenceName = "COUNSELLING_ENROLMENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "COUNSELLING_ENROLMENT_SEQ")
    @Column(name = "ID")
    long id;
    @Column(name = "TERM_END", nullable = false)
    LocalDate termEnd;

    @Column(name = "STUDENT_NUMBER", nullable = false, length = 64)
    String studentNumber;

    @Column(name = "FACULTY", nullable = false, length = 100)
    String faculty;

    @Column(name = "STUDY_YEAR", nullable = false)
    int studyYear;

    @Column(name = "ENROLMENT_STATUS", nullable = false, length = 20)
    String status;
}
