package org.poliin.api.errors;

import org.poliin.api.common.LocalizedText;

/**
 * The update was based on an older version of the record than the one stored (optimistic locking,
 * HTTP 409). The caller reads the record again and repeats its change.
 */
public class StaleRecordException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public StaleRecordException(LocalizedText kind, Object id, long sentVersion, long storedVersion) {
        super(LocalizedText.of(
                "Înregistrarea (" + kind.ro + " " + id + ") a fost modificată între timp: ați trimis versiunea "
                        + sentVersion + ", versiunea curentă este " + storedVersion + ". Citiți-o din nou.",
                "The record (" + kind.en + " " + id + ") was changed meanwhile: you sent version " + sentVersion
                        + ", the current version is " + storedVersion + ". Read it again."));
    }

    @Override
    public String problemType() {
        return "stale-record";
    }

    @Override
    public LocalizedText title() {
        return LocalizedText.of("Înregistrare modificată între timp", "Record changed meanwhile");
    }
}
