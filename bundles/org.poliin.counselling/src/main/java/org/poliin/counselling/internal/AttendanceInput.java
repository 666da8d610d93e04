package org.poliin.counselling.internal;

import javax.validation.constraints.NotNull;

import org.osgi.dto.DTO;
import org.poliin.api.event.Attendance;

/** Records whether a supported student attended a group meeting. */
public class AttendanceInput extends DTO {
    @NotNull
    public Long studentId;
    @NotNull
    public Attendance attendance;
}
