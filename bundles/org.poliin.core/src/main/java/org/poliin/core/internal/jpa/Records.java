package org.poliin.core.internal.jpa;

import javax.persistence.EntityManager;

import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.RecordNotFoundException;

/** Small helpers every core service needs for its records. */
public final class Records {

    private Records() {
    }

    /** The record of {@code type} with {@code id}; a 404 naming {@code kind} when there is none. */
    public static <T> T found(EntityManager em, Class<T> type, long id, LocalizedText kind) {
        T entity = em.find(type, id);
        if (entity == null) {
            throw RecordNotFoundException.of(kind, id);
        }
        return entity;
    }

    /** A text as stored: trimmed, and null rather than blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
