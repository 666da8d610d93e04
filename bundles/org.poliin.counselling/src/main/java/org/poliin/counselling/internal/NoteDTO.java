package org.poliin.counselling.internal;

import java.time.LocalDateTime;

import org.osgi.dto.DTO;

/** A confidential note (the student's assigned counsellors only; every read audited). */
public class NoteDTO extends DTO {
    public long id;
    public long studentId;
    public String text;
    public String writtenBy;
    public LocalDateTime writtenAt;
}
