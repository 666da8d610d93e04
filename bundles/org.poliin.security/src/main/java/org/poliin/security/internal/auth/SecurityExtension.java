package org.poliin.security.internal.auth;

/** The service property by which the platform application requires the security extensions. */
public final class SecurityExtension {

    /**
     * Carried by every JAX-RS extension of this bundle. The application selects
     * {@code (poliin.extension=security)}, so the whiteboard does not serve the API without them.
     */
    public static final String PROPERTY = "poliin.extension=security";

    private SecurityExtension() {
    }
}
