package org.poliin.rest.internal;

/**
 * The names of the extensions the platform application is never served without. Each extension
 * carries its own value of {@value #PROPERTY}, so that the application's requirement on one cannot
 * be met by another.
 */
public final class Extensions {

    /** The service property that names a platform extension. */
    public static final String PROPERTY = "poliin.extension";

    /** Jackson JSON reader and writer (this bundle). */
    public static final String JSON = "json";
    /** The RFC 9457 exception mapper (this bundle). */
    public static final String PROBLEMS = "problems";
    /** Converters of path and query parameters that name the parameter at fault (this bundle). */
    public static final String PARAMETERS = "parameters";
    /** Bean Validation of request bodies (this bundle). */
    public static final String VALIDATION = "validation";
    /** {@code Cache-Control: no-store} on every answer (this bundle). */
    public static final String NO_STORE = "no-store";
    /** Security response headers on every answer (this bundle; the HTTP whiteboard filter covers the rest). */
    public static final String SECURITY_HEADERS = "security-headers";
    /** Authentication, role checks and {@code CurrentUser} (the security bundle). */
    public static final String SECURITY = "security";

    public static final String REQUIRE_JSON = "(" + PROPERTY + "=" + JSON + ")";
    public static final String REQUIRE_PROBLEMS = "(" + PROPERTY + "=" + PROBLEMS + ")";
    public static final String REQUIRE_PARAMETERS = "(" + PROPERTY + "=" + PARAMETERS + ")";
    public static final String REQUIRE_VALIDATION = "(" + PROPERTY + "=" + VALIDATION + ")";
    public static final String REQUIRE_NO_STORE = "(" + PROPERTY + "=" + NO_STORE + ")";
    public static final String REQUIRE_SECURITY_HEADERS = "(" + PROPERTY + "=" + SECURITY_HEADERS + ")";
    public static final String REQUIRE_SECURITY = "(" + PROPERTY + "=" + SECURITY + ")";

    private Extensions() {
    }
}
