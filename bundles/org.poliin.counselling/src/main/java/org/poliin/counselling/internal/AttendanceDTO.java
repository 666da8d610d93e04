package org.poliin.counselling.internal;

import java.time.LocalDate;

import org.osgi.dto.DTO;
import org.poliin.api.event.Attendance;

/** A supported student's attendance of a group meeting (counsellors only; every read audited). */
public class AttendanceDTO extends DTO {
    public long meetingId;
    public long studentId;
    public LocalDate meetingOn;
    public Attendance attendance;
}
