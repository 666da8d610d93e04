package org.poliin.api.privacy;

import org.osgi.dto.DTO;

/** What erasure did to one entity's records about the person. */
public class ErasureOutcome extends DTO {

    public String entity;
    /** Records deleted outright. */
    public int deleted;
    /** Records kept with the personal fields cleared, so that aggregates and past reports stay true. */
    public int anonymised;

    public static ErasureOutcome of(String entity, int deleted, int anonymised) {
        ErasureOutcome outcome = new ErasureOutcome();
        outcome.entity = entity;
        outcome.deleted = deleted;
        outcome.anonymised = anonymised;
        return outcome;
    }
}
