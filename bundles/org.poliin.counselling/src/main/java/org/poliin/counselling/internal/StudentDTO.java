package org.poliin.counselling.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.dto.DTO;

/** A supported student as a counsellor sees it (identity and categories: counsellors only, every read audited). */
public class StudentDTO extends DTO {
    public long id;
    public Long personId;
    public String givenName;
    public String familyName;
    public String studentNumber;
    public String faculty;
    public String programme;
    public int studyYear;
    public int cohortYear;
    public Referral referral;
    public StudentStatus status;
    public LocalDate statusChangedOn;
    public LocalDate supportedSince;
    public LocalDate closedOn;
    public List<VulnerabilityCategory> categories;
    public List<String> counsellors;
    /** True once the record was anonymised (erasure or retention purge): no identity is left. */
    public boolean anonymised;
    public long version;
}
