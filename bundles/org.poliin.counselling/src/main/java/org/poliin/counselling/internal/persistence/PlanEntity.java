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

/** An individual support plan: goals, agreed actions, the next follow-up. */
@Entity
@Table(name = "COUNSELLING_PLAN")
public class PlanEntity {

    @Id
    @SequenceGenerator(name = "COUNSELLING_PLAN_SEQ", sequenceName = "COUNSELLING_PLAN_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "COUNSELLING_PLAN_SEQ")
    @Column(name = "ID")
    long id;
    @Column(name = "STUDENT_ID", nullable = false)
    long studentId;

    @Column(name = "GOALS", length = 4000)
    String goals;

    @Column(name = "ACTIONS", length = 4000)
    String actions;

    @Column(name = "FOLLOW_UP_ON")
    LocalDate followUpOn;

    @Column(name = "CREATED_BY", nullable = false, length = 100)
    String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    LocalDateTime updatedAt;

    @Version
    @Column(name = "VERSION")
    long version;
}
