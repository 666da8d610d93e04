/** The module's tables (db/vouchers-changelog.xml), entities and stores. */
@ManagedSchema(name = "vouchers", changelog = "db/vouchers-changelog.xml")
@Header(name = "Meta-Persistence", value = "META-INF/persistence.xml")
@Requirement(namespace = "osgi.extender", name = "aries.jpa")
package org.poliin.vouchers.internal.persistence;

import org.osgi.annotation.bundle.Header;
import org.osgi.annotation.bundle.Requirement;
import org.poliin.api.persistence.ManagedSchema;
