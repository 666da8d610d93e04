package org.poliin.counselling.internal;

import java.util.Map;

import org.osgi.dto.DTO;

/** Counts of supported students by one dimension (status, referral, category), small groups suppressed. */
public class BreakdownDTO extends DTO {
    public String dimension;
    public FigureDTO total;
    /** Key (for example ACTIVE) to its figure, in a stable order. */
    public Map<String, FigureDTO> cells;
}
