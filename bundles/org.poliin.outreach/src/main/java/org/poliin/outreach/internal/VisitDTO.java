package org.poliin.outreach.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.dto.DTO;
import org.poliin.api.event.EventStatus;

/** A school visit: the core event's id and the module's record of it. */
public class VisitDTO extends DTO {
    /** The id of the visit, which is the id of its core event ({@code GET /api/v1/events/{id}}). */
    public long id;
    public long campaignId;
    public long schoolId;
    public LocalDate visitOn;
    public EventStatus status;
    /** Zero until the visit is done. */
    public PupilCounts pupils;
    public int teachersMet;
    public boolean standUsed;
    public List<HandoutDTO> materials;
    /** Only in the answer for one visit: the event's participants by role. */
    public List<Long> teamPersonIds;
    public List<Long> teacherPersonIds;
    public long version;
}
