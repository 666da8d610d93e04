package org.poliin.api.rest;

/**
 * The platform's one JAX-RS application. A module adds a resource to it by selecting it:
 *
 * <pre>
 * &#64;Component(service = OutreachResource.class)
 * &#64;JaxrsResource
 * &#64;JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
 * &#64;Path("outreach/schools")
 * public final class OutreachResource { ... }
 * </pre>
 *
 * <p>Every resource method declares who may call it with {@code @RolesAllowed} (or {@code @PermitAll});
 * a method without either is refused to everyone. The platform applies JSON, Bean Validation of
 * {@code @Valid} bodies, authentication, the role checks and the problem format to every resource.
 */
public final class PlatformRest {

    /** The application's name ({@code osgi.jaxrs.name}). */
    public static final String APPLICATION_NAME = "poliin";

    /** The filter that selects the application, for {@code @JaxrsApplicationSelect}. */
    public static final String APPLICATION_SELECT = "(osgi.jaxrs.name=" + APPLICATION_NAME + ")";

    /** The base path of the application; a module's resources go below {@code <base>/<module-id>/}. */
    public static final String BASE_PATH = "/api/v1";

    /** The media type of error answers (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";

    /** The media type of CSV exports and imports. */
    public static final String TEXT_CSV = "text/csv";

    private PlatformRest() {
    }
}
