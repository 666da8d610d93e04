package org.poliin.counselling.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The module's details of a group meeting; the meeting itself is a core event with the same id. */
@Entity
@Table(name = "COUNSELLING_MEETING")
public class MeetingEntity {

    @Id
    @Column(name = "EVENT_ID")
    long eventId;

    /** The counselling experts who facilitate it, separated by "; ". */
    @Column(name = "FACILITATORS", nullable = false, length = 1000)
    String facilitators;
}
