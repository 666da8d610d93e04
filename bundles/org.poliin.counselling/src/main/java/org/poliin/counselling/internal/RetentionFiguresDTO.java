package org.poliin.counselling.internal;

import org.osgi.dto.DTO;

/**
 * Students by enrolment status at term end. Retained = enrolled or graduated; the retention rate is
 * retained / (retained + dropped out), transfers left out.
 */
public class RetentionFiguresDTO extends DTO {
    public FigureDTO total;
    public FigureDTO retained;
    public FigureDTO droppedOut;
    public FigureDTO transferred;
    public FigureDTO retentionRatePercent;
}
