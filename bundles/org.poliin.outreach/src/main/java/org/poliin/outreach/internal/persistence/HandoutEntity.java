package org.poliin.outreach.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A quantity of one material handed out at a visit. */
@Entity
@Table(name = "OUTREACH_HANDOUT")
public class HandoutEntity {

    @Id
    @SequenceGenerator(name = "OUTREACH_HANDOUT_SEQ", sequenceName = "OUTREACH_HANDOUT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "OUTREACH_HANDOUT_SEQ")
    @Column(name = "ID")
    long id;

    @Column(name = "VISIT_ID", nullable = false)
    long visitId;

    @Column(name = "MATERIAL_ID", nullable = false)
    long materialId;

    @Column(name = "QUANTITY", nullable = false)
    int quantity;
}
