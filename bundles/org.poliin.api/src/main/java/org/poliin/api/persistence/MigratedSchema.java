package org.poliin.api.persistence;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered by the schema extender once a bundle's changelog has run. Reference it with the target
 * {@code (poliin.schema=<name>)} from every component that reads or writes the tables.
 */
@ProviderType
public interface MigratedSchema {

    /** The extender's name, in the {@code osgi.extender} namespace. */
    String EXTENDER = "poliin.schema";

    /** The version of the extender contract. */
    String EXTENDER_VERSION = "1.0.0";

    /** The service property with the schema's name. */
    String NAME_PROPERTY = "poliin.schema";

    /** The JNDI name of the platform's data source, for {@code jta-data-source} in persistence.xml. */
    String DATA_SOURCE_JNDI = "osgi:service/javax.sql.DataSource/(osgi.jndi.service.name=poliin)";

    String name();

    /** How many change sets of the changelog have run, over the life of the database. */
    int appliedChangeSets();
}
