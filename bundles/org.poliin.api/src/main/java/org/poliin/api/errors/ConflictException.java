package org.poliin.api.errors;

import org.poliin.api.common.LocalizedText;

/**
 * The request conflicts with the current state of a record (HTTP 409): a duplicate key, a stock that
 * would go below zero, a rule of the domain that the change would break.
 */
public class ConflictException extends PlatformException {

    private static final long serialVersionUID = 1L;

    public ConflictException(LocalizedText detail) {
        super(detail);
    }

    @Override
    public String problemType() {
        return "conflict";
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public LocalizedText title() {
        return LocalizedText.of("Conflict cu starea curentă", "Conflict with the current state");
    }
}
