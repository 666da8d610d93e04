package org.poliin.outreach.internal;

import javax.validation.constraints.Max;
import javax.validation.constraints.Min;
import javax.validation.constraints.NotNull;

import org.osgi.dto.DTO;

/** A change of stock: positive for a delivery, negative for a loss or a write-off. */
public class StockChange extends DTO {

    @NotNull
    @Min(-10_000_000)
    @Max(10_000_000)
    public Integer change;
}
