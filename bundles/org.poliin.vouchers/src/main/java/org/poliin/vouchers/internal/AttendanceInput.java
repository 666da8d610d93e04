package org.poliin.vouchers.internal;

import javax.validation.constraints.NotNull;

import org.poliin.api.event.Attendance;

import org.osgi.dto.DTO;

/** Whether a beneficiary came to a meeting. */
public class AttendanceInput extends DTO {
    @NotNull
    public Long personId;
    @NotNull
    public Attendance attendance;
}
