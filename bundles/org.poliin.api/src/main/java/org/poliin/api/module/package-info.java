/**
 * How a module describes itself to the platform. A module registers a {@link org.poliin.api.module.PlatformModule} service; it is listed while that service is registered.
 */
@Export
@Version("1.0.0")
package org.poliin.api.module;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
