package org.poliin.core.internal.privacy;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** That a module has erased a person's data. */
@Entity
@Table(name = "CORE_ERASURE_APPLIED")
@IdClass(ErasureAppliedEntity.Key.class)
public class ErasureAppliedEntity {

    @Id
    @Column(name = "PERSON_ID")
    long personId;

    @Id
    @Column(name = "MODULE_ID", length = 40)
    String moduleId;

    @Column(name = "APPLIED_AT", nullable = false)
    Instant appliedAt;

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public long personId;
        public String moduleId;

        public Key() {
        }

        Key(long personId, String moduleId) {
            this.personId = personId;
            this.moduleId = moduleId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.personId == personId && Objects.equals(key.moduleId, moduleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, moduleId);
        }
    }
}
