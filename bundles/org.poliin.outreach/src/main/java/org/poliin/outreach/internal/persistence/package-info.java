/**
 * The module's tables (OUTREACH_*), migrated by the platform's schema extender, its persistence unit
 * {@code poliin-outreach} and the stores that read and write them. Every store references the
 * {@code MigratedSchema} of {@code outreach}, so it starts only on an up-to-date schema.
 */
@ManagedSchema(name = "outreach", changelog = "db/outreach-changelog.xml")
@Header(name = "Meta-Persistence", value = "META-INF/persistence.xml")
@Requirement(namespace = "osgi.extender", name = "aries.jpa")
package org.poliin.outreach.internal.persistence;

import org.osgi.annotation.bundle.Header;
import org.osgi.annotation.bundle.Requirement;
import org.poliin.api.persistence.ManagedSchema;
