package org.poliin.outreach.internal;

import java.util.List;

import org.osgi.dto.DTO;

/**
 * How the pupils informed in a campaign turned into applicants, admitted and enrolled students in the
 * campaign's admission session, next to the eligible schools the campaign did not visit.
 */
public class FunnelDTO extends DTO {
    public long campaignId;
    public String campaignName;
    public String admissionSession;
    /** Schools with a done visit in the campaign. */
    public FunnelCounts visited;
    /** Eligible high schools without a done visit in the campaign. */
    public FunnelCounts notVisited;
    /** Every visited school, by county and name. */
    public List<FunnelSchoolDTO> schools;
}
