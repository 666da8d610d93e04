package org.poliin.counselling.internal;

import java.math.BigDecimal;

import org.osgi.dto.DTO;

/**
 * A figure of an aggregate report: its value, or null with {@code suppressed} when it would show a group
 * of fewer persons than the configured minimum (or let one be computed from the other figures).
 */
public class FigureDTO extends DTO {
    public BigDecimal value;
    public boolean suppressed;

    public static FigureDTO of(long value) {
        FigureDTO figure = new FigureDTO();
        figure.value = BigDecimal.valueOf(value);
        return figure;
    }

    public static FigureDTO of(BigDecimal value) {
        FigureDTO figure = new FigureDTO();
        figure.value = value;
        return figure;
    }

    public static FigureDTO hidden() {
        FigureDTO figure = new FigureDTO();
        figure.suppressed = true;
        return figure;
    }
}
