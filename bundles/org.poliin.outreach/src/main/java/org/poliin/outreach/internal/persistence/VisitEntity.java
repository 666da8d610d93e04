package org.poliin.outreach.internal.persistence;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.poliin.api.event.EventStatus;

/**
 * The module's part of a school visit. The visit itself is a core event (type
 * {@code outreach.school-visit}) whose id is this record's id; the team and the teachers met by name
 * are the event's participants. Pupils are counted per grade, never named.
 */
@Entity
@Table(name = "OUTREACH_VISIT")
public class VisitEntity {

    @Id
    @Column(name = "EVENT_ID")
    long eventId;

    @Column(name = "CAMPAIGN_ID", nullable = false)
    long campaignId;

    @Column(name = "SCHOOL_ID", nullable = false)
    long schoolId;

    @Column(name = "VISIT_ON", nullable = false)
    LocalDate visitOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "VISIT_STATUS", nullable = false, length = 10)
    EventStatus status;

    @Column(name = "PUPILS_IX", nullable = false)
    int pupilsIx;

    @Column(name = "PUPILS_X", nullable = false)
    int pupilsX;

    @Column(name = "PUPILS_XI", nullable = false)
    int pupilsXi;

    @Column(name = "PUPILS_XII", nullable = false)
    int pupilsXii;

    @Column(name = "TEACHERS_MET", nullable = false)
    int teachersMet;

    /** 1 when the presentation stand was used (an int: Derby and JPQL booleans do not mix well). */
    @Column(name = "STAND_USED", nullable = false)
    int standUsed;

    @Version
    @Column(name = "VERSION")
    long version;
}
