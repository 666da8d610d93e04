package org.poliin.counselling.internal;

import org.osgi.dto.DTO;

/** One faculty and year (or all of them: faculty null): the whole cohort against the supported students. */
public class RetentionRowDTO extends DTO {
    public String faculty;
    public Integer studyYear;
    public RetentionFiguresDTO cohort;
    public RetentionFiguresDTO supported;
}
