/**
 * The schema extender: runs each bundle's Liquibase changelog when the bundle starts.
 */
@Capability(namespace = "osgi.extender", name = MigratedSchema.EXTENDER, version = MigratedSchema.EXTENDER_VERSION)
package org.poliin.core.internal.schema;

import org.osgi.annotation.bundle.Capability;
import org.poliin.api.persistence.MigratedSchema;
