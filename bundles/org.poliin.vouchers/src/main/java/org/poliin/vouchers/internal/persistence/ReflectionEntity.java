package org.poliin.vouchers.internal.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A short reflection written at a group meeting (a core event). */
@Entity
@Table(name = "VOUCHERS_REFLECTION")
public class ReflectionEntity {

    @Id
    @SequenceGenerator(name = "VOUCHERS_REFLECTION_SEQ", sequenceName = "VOUCHERS_REFLECTION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "VOUCHERS_REFLECTION_SEQ")
    @Column(name = "ID")
    long id;

    @Column(name = "EVENT_ID", nullable = false)
    long eventId;
    @Column(name = "PERSON_ID")
    Long personId;
    @Column(name = "CONTENT", nullable = false)
    String content;
    @Column(name = "WRITTEN_AT", nullable = false)
    LocalDateTime writtenAt;
}
