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

/** A confidential note of a counsellor about a student. */
@Entity
@Table(name = "COUNSELLING_NOTE")
public class NoteEntity {

    @Id
    @SequenceGenerator(name = "COUNSELLING_NOTE_SEQ", sequenceName = "COUNSELLING_NOTE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "COUNSELLING_NOTE_SEQ")
    @Column(name = "ID")
    long id;
    @Column(name = "STUDENT_ID", nullable = false)
    long studentId;

    @Column(name = "NOTE_TEXT", nullable = false, length = 4000)
    String text;

    @Column(name = "WRITTEN_BY", nullable = false, length = 100)
    String writtenBy;

    @Column(name = "WRITTEN_AT", nullable = false)
    LocalDateTime writtenAt;
}
