package org.poliin.counselling.internal.service;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.security.CurrentUser;

/**
 * Who is asking and why. Reads of identities, categories, plans, notes and attendance need a reason in
 * the header {@value CurrentUser#REASON_HEADER} (400 without one): it goes into the audit entry of
 * every record read.
 */
@Component(service = Access.class)
public final class Access {

    private final CurrentUser currentUser;

    @Activate
    public Access(@Reference CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public String user() {
        return currentUser.name();
    }

    public void requireReason() {
        if (currentUser.reason().map(String::isBlank).orElse(true)) {
            throw new InvalidInputException(LocalizedText.of(
                    "Citirea datelor de consiliere cere motivul în antetul " + CurrentUser.REASON_HEADER
                            + "; motivul se scrie în jurnalul de audit.",
                    "Reading counselling data needs the reason in the header " + CurrentUser.REASON_HEADER
                            + "; the reason is written to the audit log."),
                    java.util.List.of(org.poliin.api.errors.FieldViolation.of(CurrentUser.REASON_HEADER,
                            LocalizedText.of("este obligatoriu", "is required"))));
        }
    }
}
