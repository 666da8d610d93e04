package org.poliin.api.errors;

import org.poliin.api.common.LocalizedText;

/** The authenticated user may not do this (HTTP 403). */
public class AccessDeniedException extends PlatformException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(LocalizedText detail) {
        super(detail);
    }

    @Override
    public String problemType() {
        return "forbidden";
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public LocalizedText title() {
        return LocalizedText.of("Acces interzis", "Access denied");
    }
}
