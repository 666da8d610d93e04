package org.poliin.example.mentoring.internal.persistence;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A mentor and a mentee. Entities stay private to the module; the API speaks in DTOs. */
@Entity
@Table(name = "MENTORING_PAIR")
public class PairEntity {

    @Id
    @SequenceGenerator(name = "MENTORING_PAIR_SEQ", sequenceName = "MENTORING_PAIR_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "MENTORING_PAIR_SEQ")
    @Column(name = "ID")
    long id;

    @Column(name = "MENTOR_PERSON_ID", nullable = false)
    long mentorPersonId;

    @Column(name = "MENTEE_PERSON_ID", nullable = false)
    long menteePersonId;

    @Column(name = "STARTED_ON", nullable = false)
    LocalDate startedOn;

    @Column(name = "ENDED_ON")
    LocalDate endedOn;

    /** What the mentee wants to reach; personal, cleared on erasure. */
    @Column(name = "GOALS", length = 1000)
    String goals;

    @Version
    @Column(name = "VERSION")
    long version;
}
