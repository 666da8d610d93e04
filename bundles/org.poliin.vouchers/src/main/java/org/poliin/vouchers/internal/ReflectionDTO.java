package org.poliin.vouchers.internal;

import java.time.LocalDateTime;

import org.osgi.dto.DTO;

/** A reflection. */
public class ReflectionDTO extends DTO {
    public long id;
    public long eventId;
    public Long personId;
    public String text;
    public LocalDateTime writtenAt;
}
