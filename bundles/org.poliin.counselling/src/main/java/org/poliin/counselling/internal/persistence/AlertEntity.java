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

/** An early alert for a student's counsellors. */
@Entity
@Table(name = "COUNSELLING_ALERT")
public class AlertEntity {

    @Id
    @SequenceGenerator(name = "COUNSELLING_ALERT_SEQ", sequenceName = "COUNSELLING_ALERT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "COUNSELLING_ALERT_SEQ")
    @Column(name = "ID")
    long id;
    @Column(name = "STUDENT_ID", nullable = false)
    long studentId;

    @Column(name = "ALERT_RULE", nullable = false, length = 40)
    String rule;

    /** What raised it (a meeting, a plan's follow-up date, a status change): raised once per trigger. */
    @Column(name = "TRIGGER_KEY", nullable = false, length = 100)
    String triggerKey;

    /** studentId:rule while not resolved, null after: unique, so one open alert per (student, rule). */
    @Column(name = "OPEN_KEY", length = 100)
    String openKey;

    @Column(name = "ALERT_STATUS", nullable = false, length = 20)
    String status;

    @Column(name = "RAISED_AT", nullable = false)
    LocalDateTime raisedAt;

    @Column(name = "ACKNOWLEDGED_BY", length = 100)
    String acknowledgedBy;

    @Column(name = "ACKNOWLEDGED_AT")
    LocalDateTime acknowledgedAt;

    @Column(name = "RESOLVED_BY", length = 100)
    String resolvedBy;

    @Column(name = "RESOLVED_AT")
    LocalDateTime resolvedAt;

    @Column(name = "RESOLUTION_NOTE", length = 2000)
    String resolutionNote;

    @Version
    @Column(name = "VERSION")
    long version;
}
