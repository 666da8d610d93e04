package org.poliin.outreach.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A promotional material and its stock; the database refuses a stock below zero. */
@Entity
@Table(name = "OUTREACH_MATERIAL")
public class MaterialEntity {

    @Id
    @SequenceGenerator(name = "OUTREACH_MATERIAL_SEQ", sequenceName = "OUTREACH_MATERIAL_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "OUTREACH_MATERIAL_SEQ")
    @Column(name = "ID")
    long id;

    @Column(name = "NAME", nullable = false, length = 120)
    String name;

    @Column(name = "DESCRIPTION", length = 1000)
    String description;

    @Column(name = "STOCK", nullable = false)
    int stock;

    @Version
    @Column(name = "VERSION")
    long version;
}
