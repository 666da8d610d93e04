package org.poliin.core.internal.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.CompositeResourceAccessor;

import org.osgi.framework.wiring.BundleWiring;

/** Runs one bundle's changelog with Liquibase. */
public final class SchemaMigrator {

    private final DataSource dataSource;

    public SchemaMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Applies the change sets of the request's changelog that have not run yet, and returns how many
     * change sets the changelog has (all of them have run once this returns).
     */
    int migrate(SchemaRequest request) throws Exception {
        return migrate(request.bundle().adapt(BundleWiring.class).getClassLoader(), request.changelog());
    }

    /** Applies the changelog found through {@code bundleLoader}; the unit tests call this directly. */
    public int migrate(ClassLoader bundleLoader, String changelog) throws Exception {
        // The bundle's changelog, and Liquibase's own XSDs so that parsing never reaches for the network.
        CompositeResourceAccessor resources = new CompositeResourceAccessor(
                new ClassLoaderResourceAccessor(bundleLoader),
                new ClassLoaderResourceAccessor(Scope.class.getClassLoader()));
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.resourceAccessor.name(), resources);
        // Liquibase 4.30+ reports usage to its vendor unless told not to; a university's server never phones home.
        scope.put("liquibase.analytics.enabled", Boolean.FALSE);
        scope.put("liquibase.showBanner", Boolean.FALSE);
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            return Scope.child(scope, () -> {
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                        .execute();
                return ChangeLogParserFactory.getInstance().getParser(changelog, resources)
                        .parse(changelog, new ChangeLogParameters(database), resources)
                        .getChangeSets().size();
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the platform database", e);
        }
    }
}
