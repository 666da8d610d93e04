package org.poliin.api.errors;

import org.poliin.api.common.LocalizedText;

/** The record asked for does not exist (HTTP 404). */
public class RecordNotFoundException extends PlatformException {

    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(LocalizedText detail) {
        super(detail);
    }

    /** A record of {@code kind} (a bilingual noun such as "persoana"/"person") with {@code id} does not exist. */
    public static RecordNotFoundException of(LocalizedText kind, Object id) {
        return new RecordNotFoundException(LocalizedText.of(
                "Nu există " + kind.ro + " cu identificatorul " + id + ".",
                "There is no " + kind.en + " with id " + id + "."));
    }

    @Override
    public String problemType() {
        return "not-found";
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public LocalizedText title() {
        return LocalizedText.of("Înregistrare inexistentă", "Record not found");
    }
}
