package org.poliin.rest.internal;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.poliin.api.rest.PlatformRest;
import org.poliin.rest.internal.boot.BootCompleted;

/**
 * The platform's one JAX-RS application, {@code /api/v1}. Modules' resources join it with
 * {@code @JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)}.
 *
 * <p>The extension select makes the whiteboard hold the application back until every extension that
 * protects or shapes its answers is there: serving one request without authentication, validation or
 * the problem format would be a bug, so the API is rather not served at all.
 *
 * <p>The application is registered only once the boot has registered every resource it brings
 * ({@link BootCompleted}, from {@code boot.BootGate}): the whiteboard rebuilds an application's endpoint
 * for each resource that joins it after it is registered, so it is built once, with all of them,
 * instead of once per resource.
 */
@Component(service = Application.class)
@JaxrsName(PlatformRest.APPLICATION_NAME)
@JaxrsApplicationBase(PlatformRest.BASE_PATH)
@JaxrsExtensionSelect({
        Extensions.REQUIRE_JSON,
        Extensions.REQUIRE_PROBLEMS,
        Extensions.REQUIRE_PARAMETERS,
        Extensions.REQUIRE_VALIDATION,
        Extensions.REQUIRE_NO_STORE,
        Extensions.REQUIRE_SECURITY_HEADERS,
        Extensions.REQUIRE_SECURITY })
public final class PlatformApplication extends Application {
    // The resources come from the whiteboard; the application itself contributes none.

    @Activate
    public PlatformApplication(@Reference BootCompleted bootCompleted) {
        // registered once the boot is over; nothing to keep
    }
}
