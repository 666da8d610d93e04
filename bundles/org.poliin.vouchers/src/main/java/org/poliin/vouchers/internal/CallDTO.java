package org.poliin.vouchers.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.dto.DTO;

/** A call for applications. */
public class CallDTO extends DTO {
    public long id;
    public long fundId;
    public String title;
    public LocalDate opensOn;
    public LocalDate closesOn;
    public int minCriteria;
    public List<CriterionDTO> criteria;
}
