package org.poliin.counselling.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.dto.DTO;

/** Aggregates only: what coordinators and viewers see. */
public class SummaryDTO extends DTO {
    public LocalDate from;
    public LocalDate to;
    public int minimumGroupSize;
    public FigureDTO meetingsHeld;
    public FigureDTO attendanceRatePercent;
    public List<BreakdownDTO> breakdowns;
}
