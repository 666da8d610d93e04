package org.poliin.outreach.internal.persistence;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A visiting campaign, such as "Outreach 2024". */
@Entity
@Table(name = "OUTREACH_CAMPAIGN")
public class CampaignEntity {

    @Id
    @SequenceGenerator(name = "OUTREACH_CAMPAIGN_SEQ", sequenceName = "OUTREACH_CAMPAIGN_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "OUTREACH_CAMPAIGN_SEQ")
    @Column(name = "ID")
    long id;

    @Column(name = "NAME", nullable = false, length = 120)
    String name;

    @Column(name = "DESCRIPTION", length = 2000)
    String description;

    @Column(name = "STARTS_ON", nullable = false)
    LocalDate startsOn;

    @Column(name = "ENDS_ON")
    LocalDate endsOn;

    /** The admission session whose results measure the campaign (its funnel). */
    @Column(name = "ADMISSION_SESSION", nullable = false, length = 20)
    String admissionSession;

    @Version
    @Column(name = "VERSION")
    long version;
}
