package org.poliin.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * A fresh in-memory Derby database for one test: migrate it with your Liquibase changelogs, then open
 * your persistence unit on it as a resource-local unit and get a {@link JpaTemplate} that behaves
 * like the platform's for Required, Supports and Mandatory.
 *
 * <pre>
 * TestDatabase db = TestDatabase.create().migrate("db/outreach-changelog.xml");
 * JpaTemplate jpa = db.jpa("poliin-outreach");
 * </pre>
 */
public final class TestDatabase implements AutoCloseable {

    private final String name;
    private final EmbeddedDataSource dataSource;
    private final Map<String, EntityManagerFactory> factories = new HashMap<>();

    private TestDatabase(String name) {
        this.name = name;
        this.dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + name);
        dataSource.setCreateDatabase("create");
    }

    public static TestDatabase create() {
        return new TestDatabase("poliin-test-" + UUID.randomUUID());
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs a Liquibase changelog found on the test class path. */
    public TestDatabase migrate(String changelog) {
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(getClass().getClassLoader()));
        scope.put("liquibase.analytics.enabled", Boolean.FALSE);
        scope.put("liquibase.showBanner", Boolean.FALSE);
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(scope, () -> {
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                        .execute();
            });
        } catch (Exception e) {
            throw new IllegalStateException("Migration of " + changelog + " failed", e);
        }
        return this;
    }

    /** A JpaTemplate over the persistence unit {@code unit} (its META-INF/persistence.xml on the class path). */
    public JpaTemplate jpa(String unit) {
        return new ResourceLocalJpaTemplate(factories.computeIfAbsent(unit, this::open));
    }

    private EntityManagerFactory open(String unit) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("javax.persistence.jtaDataSource", "");
        properties.put("javax.persistence.nonJtaDataSource", dataSource);
        properties.put("eclipselink.weaving", "false");
        properties.put("eclipselink.logging.level", "WARNING");
        return Persistence.createEntityManagerFactory(unit, properties);
    }

    @Override
    public void close() {
        factories.values().forEach(EntityManagerFactory::close);
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName("memory:" + name);
        shutdown.setShutdownDatabase("shutdown");
        try (Connection ignored = shutdown.getConnection()) {
            // never reached: a shutdown answers with an exception
        } catch (SQLException expected) {
            // 08006: the in-memory database is gone
        }
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName("memory:" + name);
        drop.setConnectionAttributes("drop=true");
        try (Connection ignored = drop.getConnection()) {
            // never reached
        } catch (SQLException expected) {
            // dropped
        }
    }
}
