package org.poliin.vouchers.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.osgi.dto.DTO;

/** An application. The criteria are shown only to coordinators and counsellors. */
public class ApplicationDTO extends DTO {
    public long id;
    public long callId;
    public long personId;
    public String status;
    public boolean eligible;
    /** Sensitive: null unless the caller is a coordinator or a counsellor. */
    public List<String> criteria;
    /** The criteria that failed the eligibility check, named; null like the criteria. */
    public List<CriterionDTO> failedCriteria;
    public String evidenceRef;
    public Category preferredCategory;
    public int score;
    public int assessmentPoints;
    public Integer rank;
    public String decisionReason;
    public LocalDate submittedOn;
    public LocalDateTime decidedAt;
    /** The voucher issued for the award, if any. */
    public Long voucherId;
    public long version;
}
