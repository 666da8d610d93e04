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

/** A supported student's attendance of a group meeting (also stored as the core event's participant). */
@Entity
@Table(name = "COUNSELLING_ATTENDANCE")
public class AttendanceEntity {

    @Id
    @SequenceGenerator(name = "COUNSELLING_ATTENDANCE_SEQ", sequenceName = "COUNSELLING_ATTENDANCE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "COUNSELLING_ATTENDANCE_SEQ")
    @Column(name = "ID")
    long id;
    @Column(name = "EVENT_ID", nullable = false)
    long eventId;

    @Column(name = "STUDENT_ID", nullable = false)
    long studentId;

    @Column(name = "MEETING_ON", nullable = false)
    LocalDate meetingOn;

    @Column(name = "ATTENDANCE", nullable = false, length = 10)
    String attendance;
}
