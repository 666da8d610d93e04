package org.poliin.vouchers.internal.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A partner venue of a fund, in one category. */
@Entity
@Table(name = "VOUCHERS_VENUE")
public class VenueEntity {

    @Id
    @SequenceGenerator(name = "VOUCHERS_VENUE_SEQ", sequenceName = "VOUCHERS_VENUE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "VOUCHERS_VENUE_SEQ")
    @Column(name = "ID")
    long id;

    @Column(name = "FUND_ID", nullable = false)
    long fundId;
    @Column(name = "NAME", nullable = false)
    String name;
    @Column(name = "CATEGORY", nullable = false)
    String category;
    @Column(name = "ORGANISATION_ID")
    Long organisationId;
    @Version
    @Column(name = "VERSION")
    long version;
}
