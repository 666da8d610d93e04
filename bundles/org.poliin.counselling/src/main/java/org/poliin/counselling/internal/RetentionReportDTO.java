package org.poliin.counselling.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.dto.DTO;

/** Retention of supported students against their faculty-year cohort at one term end. */
public class RetentionReportDTO extends DTO {
    public LocalDate termEnd;
    public int minimumGroupSize;
    public List<RetentionRowDTO> rows;
    public RetentionRowDTO all;
}
