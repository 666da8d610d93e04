package org.poliin.core.internal.jpa;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * One word of a searchable record ({@code CORE_SEARCH_TERM}): the list searches read the index of its
 * primary key {@code PK_CORE_SEARCH_TERM} (entity type, term, id) by word prefix. Written by {@link SearchTerms},
 * only read through JPA.
 */
@Entity
@Table(name = "CORE_SEARCH_TERM")
@IdClass(SearchTermEntity.Key.class)
public class SearchTermEntity {

    @Id
    @Column(name = "ENTITY_TYPE", length = 16)
    String entityType;

    @Id
    @Column(name = "ENTITY_ID")
    long entityId;

    @Id
    @Column(name = "TERM", length = SearchText.MAX_TERM)
    String term;

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String entityType;
        long entityId;
        String term;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && entityId == key.entityId && Objects.equals(entityType, key.entityType)
                    && Objects.equals(term, key.term);
        }

        @Override
        public int hashCode() {
            return Objects.hash(entityType, entityId, term);
        }
    }
}
