package org.poliin.core.internal.privacy;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The ledger of erased persons. A module that is absent when a person is erased still holds their
 * data; when it comes back, the ledger tells the platform to erase it there too.
 */
@Entity
@Table(name = "CORE_ERASURE")
public class ErasureEntity {

    @Id
    @Column(name = "PERSON_ID")
    long personId;

    @Column(name = "ERASED_AT", nullable = false, updatable = false)
    Instant erasedAt;

    @Column(name = "REQUESTED_BY", nullable = false, updatable = false, length = 100)
    String requestedBy;
}
