package org.poliin.core.internal.demo;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Which version of a module's demo data set was loaded, so that it is loaded once. */
@Entity
@Table(name = "CORE_DEMO_LOAD")
public class DemoLoadEntity {

    @Id
    @Column(name = "MODULE_ID", length = 40)
    String moduleId;

    @Column(name = "DATA_VERSION", nullable = false)
    int version;

    @Column(name = "LOADED_AT", nullable = false)
    Instant loadedAt;
}
