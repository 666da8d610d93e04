/**
 * How a module gets its own tables: Liquibase changelogs run by the platform's schema extender.
 */
@Export
@Version("1.0.0")
package org.poliin.api.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
