/**
 * The module's tables (COUNSELLING_*), migrated by the platform's schema extender, its persistence unit
 * and the stores over them.
 */
@ManagedSchema(name = "counselling", changelog = "db/counselling-changelog.xml")
@Header(name = "Meta-Persistence", value = "META-INF/persistence.xml")
@Requirement(namespace = "osgi.extender", name = "aries.jpa")
package org.poliin.counselling.internal.persistence;

import org.osgi.annotation.bundle.Header;
import org.osgi.annotation.bundle.Requirement;
import org.poliin.api.persistence.ManagedSchema;
