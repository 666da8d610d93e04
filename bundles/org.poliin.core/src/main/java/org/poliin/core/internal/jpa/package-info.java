/**
 * JPA support shared by the core services; this package carries the persistence unit {@code poliin-core} and the core schema (tables named {@code CORE_*}).
 */
@ManagedSchema(name = "core", changelog = "db/core-changelog.xml")
@Header(name = "Meta-Persistence", value = "META-INF/persistence.xml")
// Liquibase, in OSGi, loads a changelog's customChange class (SearchTermBackfill) only from the packages a bundle lists here.
@Header(name = "Liquibase-Custom-Change-Packages", value = "org.poliin.core.internal.jpa")
@Requirement(namespace = "osgi.extender", name = "aries.jpa")
package org.poliin.core.internal.jpa;

import org.osgi.annotation.bundle.Header;
import org.osgi.annotation.bundle.Requirement;
import org.poliin.api.persistence.ManagedSchema;
