package org.poliin.core.internal.jpa;

import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.errors.StaleRecordException;

/** Optimistic locking on updates: the client sends back the version it read. */
public final class Versions {

    private Versions() {
    }

    /**
     * Checks that the client's version is the stored one. An update must carry the version: without it
     * the client could overwrite a change it never saw.
     */
    public static void check(LocalizedText kind, Object id, Long sent, long stored) {
        if (sent == null) {
            throw InvalidInputException.of("version", LocalizedText.of(
                    "este obligatorie la modificare: trimiteți versiunea citită",
                    "is required for an update: send the version you read"));
        }
        if (sent != stored) {
            throw new StaleRecordException(kind, id, sent, stored);
        }
    }
}
