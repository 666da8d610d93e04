/**
 * What a module needs to add resources to the platform's one JAX-RS application.
 */
@Export
@Version("1.1.0")
package org.poliin.api.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
