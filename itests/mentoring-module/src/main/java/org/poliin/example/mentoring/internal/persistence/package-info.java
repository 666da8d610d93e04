/**
 * The module's table MENTORING_PAIR, migrated by the platform's schema extender, and its persistence unit.
 */
@ManagedSchema(name = "mentoring", changelog = "db/mentoring-changelog.xml")
@Header(name = "Meta-Persistence", value = "META-INF/persistence.xml")
@Requirement(namespace = "osgi.extender", name = "aries.jpa")
package org.poliin.example.mentoring.internal.persistence;

import org.osgi.annotation.bundle.Header;
import org.osgi.annotation.bundle.Requirement;
import org.poliin.api.persistence.ManagedSchema;
