package org.poliin.api.persistence;

import static java.lang.annotation.ElementType.PACKAGE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.osgi.annotation.bundle.Attribute;
import org.osgi.annotation.bundle.Requirement;

/**
 * Puts a bundle's tables under the platform's schema extender. Place it on a package of the bundle
 * (in {@code package-info.java}):
 *
 * <pre>
 * &#64;ManagedSchema(name = "outreach", changelog = "db/outreach-changelog.xml")
 * package org.example.outreach.internal.persistence;
 * </pre>
 *
 * <p>When the bundle starts, the extender runs the Liquibase changelog against the platform's
 * database, then registers a {@link MigratedSchema} service with the property
 * {@code poliin.schema=<name>}; components that use the tables reference that service, so they start
 * only on an up-to-date schema. Change sets are only ever added: an upgraded bundle brings new ones,
 * and removing a bundle never drops its tables.
 */
@Requirement(namespace = "osgi.extender", name = MigratedSchema.EXTENDER, version = MigratedSchema.EXTENDER_VERSION)
@Retention(CLASS)
@Target({ TYPE, PACKAGE })
public @interface ManagedSchema {

    /** The schema's name, usually the module id; unique in the platform. */
    @Attribute("poliin.schema")
    String name();

    /** The path of the Liquibase changelog (XML) inside the bundle. */
    @Attribute("poliin.schema.changelog")
    String changelog();
}
