package org.poliin.core.internal.jpa;

import java.sql.SQLException;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.ConflictException;

/**
 * Deletes a record that other records may refer to. The database's foreign keys decide (a module's
 * tables refer to core records too, and the core cannot know them): a refused delete is a conflict the
 * caller can act on, not a server error.
 */
public final class Deletion {

    /** SQLSTATE class 23: integrity constraint violation (a foreign key, in a delete). */
    private static final String INTEGRITY_VIOLATION = "23";

    private Deletion() {
    }

    public static void remove(EntityManager em, Object entity, LocalizedText kind, Object id) {
        try {
            em.remove(entity);
            em.flush();
        } catch (PersistenceException e) {
            if (isIntegrityViolation(e)) {
                throw new ConflictException(LocalizedText.of(
                        "Înregistrarea (" + kind.ro + " " + id + ") nu poate fi ștearsă: alte înregistrări o folosesc.",
                        "The record (" + kind.en + " " + id + ") cannot be deleted: other records refer to it."));
            }
            throw e;
        }
    }

    static boolean isIntegrityViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(INTEGRITY_VIOLATION)) {
                return true;
            }
        }
        return false;
    }
}
