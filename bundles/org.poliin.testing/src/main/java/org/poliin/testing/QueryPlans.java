package org.poliin.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.Query;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.eclipse.persistence.jpa.JpaQuery;

/**
 * Shows the plan Derby executes for a query, so that a test can prove a list or a search is served by
 * an index: no table scan, no sort of the whole table, few rows visited.
 * <p>
 * The plan depends on what the optimizer believes the tables hold. Fill the tables with a realistic
 * number of rows first ({@link #fill}, a few thousand is enough for Derby to prefer an index where
 * production would), then {@link #updateStatistics} so the optimizer knows the index cardinalities:
 *
 * <pre>
 * TestDatabase db = TestDatabase.create().migrate("db/core-changelog.xml");
 * JpaTemplate jpa = db.jpa("poliin-core");
 * QueryPlans.fill(db.dataSource(), "INSERT INTO CORE_LOCALITY (ID, CODE, ...) VALUES (?, ?, ...)", 5_000,
 *         (row, i) -&gt; { row.setLong(1, i); row.setString(2, "L" + i); ... });
 * QueryPlans.updateStatistics(db.dataSource());
 * QueryPlans.explain(jpa, em -&gt; em.createQuery("SELECT l FROM LocalityEntity l ORDER BY l.name, l.id")
 *                 .setMaxResults(21))
 *         .assertNoTableScan("CORE_LOCALITY")
 *         .assertNoSort()
 *         .assertRowsVisitedAtMost("CORE_LOCALITY", 50);
 * </pre>
 *
 * The query runs for real (inside a transaction that is committed), with Derby's runtime statistics
 * on for the connection it runs on; the plan is the one Derby executed, with the rows each step read.
 */
public final class QueryPlans {

    /** Sets the parameters of one row of a {@link #fill} batch; {@code index} counts from 0. */
    @FunctionalInterface
    public interface RowFiller {
        void fill(PreparedStatement row, int index) throws SQLException;
    }

    private QueryPlans() {
    }

    /**
     * Runs the JPA query that {@code query} builds (with its parameters, first result and max results
     * set) and returns the plan Derby executed for it. The query must be a SELECT; every row is read.
     * It runs twice in one transaction: the first run loads the entities the items refer to, so that
     * the second, explained, issues no statement after the query's own.
     */
    public static QueryPlan explain(JpaTemplate jpa, Function<EntityManager, ? extends Query> query) {
        return jpa.txExpr(TransactionType.RequiresNew, em -> {
            Query built = query.apply(em);
            // a first run loads the entities the items refer to (eager relations) into the persistence
            // context, so that the run explained issues the query's own statement last
            built.getResultList();
            Connection connection = em.unwrap(Connection.class);
            if (connection == null) {
                throw new IllegalStateException("No JDBC connection in the transaction");
            }
            execute(connection, "CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            try {
                int rows = built.getResultList().size();
                String statistics = statistics(connection);
                String sql = sqlOf(built, statistics);
                return new QueryPlan(sql, statistics, rows);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read Derby's runtime statistics", e);
            } finally {
                execute(connection, "CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
            }
        });
    }

    /**
     * Runs {@code call} (a service method, say) inside a transaction that it joins, with Derby's
     * runtime statistics on, and returns the plan of the <em>last</em> statement it ran: for a service
     * whose list query is its last statement, the test checks the service's own query. Check
     * {@link QueryPlan#sql()} names the table you expect: when the service reads more afterwards (the
     * related entities of the items, say), explain the list query itself with
     * {@link #explain(JpaTemplate, Function)}.
     */
    public static QueryPlan during(JpaTemplate jpa, Runnable call) {
        return jpa.txExpr(TransactionType.RequiresNew, em -> {
            Connection connection = em.unwrap(Connection.class);
            if (connection == null) {
                throw new IllegalStateException("No JDBC connection in the transaction");
            }
            execute(connection, "CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            try {
                call.run();
                String statistics = statistics(connection);
                String sql = statementText(statistics);
                return new QueryPlan(sql, statistics, -1);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read Derby's runtime statistics", e);
            } finally {
                execute(connection, "CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
            }
        });
    }

    /** Runs a SQL SELECT with the given parameters (bound in order) and returns the plan Derby executed. */
    public static QueryPlan explain(DataSource dataSource, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            int rows = 0;
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows++;
                    }
                }
            }
            String statistics = statistics(connection);
            execute(connection, "CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
            return new QueryPlan(sql, statistics, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not explain " + sql, e);
        }
    }

    /**
     * Inserts {@code rows} rows with one prepared statement in batches, committed at the end: quick
     * enough for the tens of thousands of rows a plan test wants.
     */
    public static void fill(DataSource dataSource, String insert, int rows, RowFiller filler) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                for (int i = 0; i < rows; i++) {
                    filler.fill(statement, i);
                    statement.addBatch();
                    if (i % 1_000 == 999) {
                        statement.executeBatch();
                    }
                }
                statement.executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not fill with " + insert, e);
        }
    }

    /**
     * Brings the optimizer's statistics (index cardinalities) up to date for every table of the
     * current schema, as a database that has lived a while would have them.
     */
    public static void updateStatistics(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            List<String[]> tables = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT s.SCHEMANAME, t.TABLENAME FROM SYS.SYSTABLES t "
                            + "JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID "
                            + "WHERE t.TABLETYPE = 'T' AND s.SCHEMANAME = CURRENT SCHEMA")) {
                while (result.next()) {
                    tables.add(new String[] {result.getString(1), result.getString(2)});
                }
            }
            for (String[] table : tables) {
                try (PreparedStatement update = connection
                        .prepareStatement("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(?, ?, NULL)")) {
                    update.setString(1, table[0]);
                    update.setString(2, table[1]);
                    update.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the statistics", e);
        }
    }

    private static String statistics(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
            String text = result.next() ? result.getString(1) : null;
            if (text == null) {
                throw new IllegalStateException("Derby kept no runtime statistics for the query");
            }
            return text;
        }
    }

    /** The SQL EclipseLink generated; checked against the statement the statistics describe. */
    private static String sqlOf(Query query, String statistics) {
        String generated = query.unwrap(JpaQuery.class).getDatabaseQuery().getSQLString();
        String executed = statementText(statistics);
        if (generated != null && executed != null && !head(normalize(executed)).equals(head(normalize(generated)))) {
            throw new IllegalStateException("The last statement on the connection was not the query's own (did it "
                    + "load related entities with further statements?).\nQuery: " + generated + "\nLast: " + executed);
        }
        return executed != null ? executed : generated;
    }

    private static String statementText(String statistics) {
        int start = statistics.indexOf("Statement Text:");
        if (start < 0) {
            return null;
        }
        int end = statistics.indexOf("Parse Time:", start);
        return statistics.substring(start + "Statement Text:".length(), end < 0 ? statistics.length() : end).trim();
    }

    /** The statement up to its WHERE (or ORDER BY): EclipseLink inlines the parameters of some statements. */
    private static String head(String sql) {
        int where = sql.indexOf(" WHERE ");
        int order = sql.indexOf(" ORDER BY ");
        int end = where >= 0 ? where : order >= 0 ? order : sql.length();
        return sql.substring(0, end);
    }

    private static String normalize(String sql) {
        // EclipseLink shows a collection parameter as "IN ?" and sends "IN (?, ?)"
        return sql.replaceAll("\\s+", " ").replaceAll("IN \\(\\?(, \\?)*\\)", "IN ?").trim();
    }

    private static void execute(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql, e);
        }
    }
}
