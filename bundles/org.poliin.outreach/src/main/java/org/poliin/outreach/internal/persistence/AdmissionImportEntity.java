package org.poliin.outreach.internal.persistence;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/**
 * One import of an admission session's results. Its rows are written while it is {@code LOADING};
 * when the import ends it becomes {@code CURRENT} and the session's previous import {@code REPLACED}
 * (its rows deleted). Only rows of the current import are counted, so re-importing a file never
 * doubles the figures, and an import that broke off half way counts for nothing.
 */
@Entity
@Table(name = "OUTREACH_ADMISSION_IMPORT")
public class AdmissionImportEntity {

    static final String LOADING = "LOADING";
    static final String CURRENT = "CURRENT";
    static final String REPLACED = "REPLACED";

    @Id
    @SequenceGenerator(name = "OUTREACH_ADMISSION_IMPORT_SEQ", sequenceName = "OUTREACH_ADMISSION_IMPORT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "OUTREACH_ADMISSION_IMPORT_SEQ")
    @Column(name = "ID")
    long id;

    @Column(name = "SESSION_CODE", nullable = false, length = 20)
    String session;

    @Column(name = "IMPORT_STATUS", nullable = false, length = 10)
    String status;

    @Column(name = "IMPORTED_AT", nullable = false)
    LocalDateTime importedAt;

    @Column(name = "IMPORTED_ROWS", nullable = false)
    int rows;
}
