/**
 * Roles and the user on whose behalf the current request runs.
 */
@Export
@Version("1.0.0")
package org.poliin.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
