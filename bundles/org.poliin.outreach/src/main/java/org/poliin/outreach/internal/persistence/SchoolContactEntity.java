package org.poliin.outreach.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A contact person of a school: a core person (names, e-mail stay there) and the position they hold. */
@Entity
@Table(name = "OUTREACH_SCHOOL_CONTACT")
public class SchoolContactEntity {

    @Id
    @SequenceGenerator(name = "OUTREACH_SCHOOL_CONTACT_SEQ", sequenceName = "OUTREACH_SCHOOL_CONTACT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "OUTREACH_SCHOOL_CONTACT_SEQ")
    @Column(name = "ID")
    long id;

    @Column(name = "SCHOOL_ID", nullable = false)
    long schoolId;

    @Column(name = "PERSON_ID", nullable = false)
    long personId;

    @Column(name = "POSITION_HELD", length = 120)
    String position;

    @Version
    @Column(name = "VERSION")
    long version;
}
