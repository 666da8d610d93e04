package org.poliin.vouchers.internal;

import org.poliin.api.common.LocalizedText;

import org.osgi.dto.DTO;

/** An eligibility criterion. */
public class CriterionDTO extends DTO {
    public String code;
    public LocalizedText label;
    public int points;
    public boolean mandatory;
}
