package org.poliin.core.internal.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.poliin.api.demo.VolumeContext;
import org.poliin.core.internal.jpa.SearchTerms;
import org.poliin.core.internal.jpa.SearchText;

/**
 * Bulk writing over the platform's data source: one prepared statement per table, JDBC batches,
 * a commit every {@value #CHUNK} rows, nothing kept in memory but the ids the caller asks for.
 */
final class JdbcVolumeContext implements VolumeContext {

    /** Rows per JDBC batch and per transaction. */
    static final int CHUNK = 5_000;
    /** The allocation size of every entity's sequence (and the sequences' increment). */
    static final int ALLOCATION = 50;
    /** The first and last day of generated dates: a report over one year selects about a third. */
    static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    static final int DAYS = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST_DAY.toEpochDay()) + 1;

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final DataSource dataSource;
    private final javax.transaction.TransactionManager transactions;
    private final int rows;
    private final int largeRows;
    private final RandomGenerator random;

    /** @param transactions the platform's transaction manager, or null for local transactions (tests) */
    JdbcVolumeContext(DataSource dataSource, javax.transaction.TransactionManager transactions, int rows, int largeRows,
            long seed) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.rows = rows;
        this.largeRows = largeRows;
        this.random = new java.util.SplittableRandom(seed);
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int largeRows() {
        return largeRows;
    }

    @Override
    public RandomGenerator random() {
        return random;
    }

    @Override
    public long[] people() {
        return column("SELECT ID FROM CORE_PERSON WHERE ERASED_AT IS NULL ORDER BY ID");
    }

    @Override
    public long[] organisations(String type) {
        return column("SELECT ID FROM CORE_ORGANISATION WHERE ORGANISATION_TYPE = '" + name(type) + "' ORDER BY ID");
    }

    @Override
    public long[] localities() {
        return column("SELECT ID FROM CORE_LOCALITY ORDER BY ID");
    }

    @Override
    public long count(String table) {
        return column("SELECT COUNT(*) FROM " + name(table))[0];
    }

    @Override
    public long[] ids(String sequence, int count) {
        long[] ids = new long[count];
        String next = "VALUES NEXT VALUE FOR " + name(sequence);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // The provider takes one value per block and uses the block that ends at it.
            for (int i = 0; i < count; i += ALLOCATION) {
                long last;
                try (ResultSet result = statement.executeQuery(next)) {
                    result.next();
                    last = result.getLong(1);
                }
                for (int j = 0; j < ALLOCATION && i + j < count; j++) {
                    ids[i + j] = last - ALLOCATION + 1 + j;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take ids from " + sequence + ": " + e.getMessage(), e);
        }
        return ids;
    }

    @Override
    public long insert(String sql, int count, RowBinder binder) {
        return insert(sql, count, binder, null, null, null);
    }

    /**
     * Like {@link #insert(String, int, RowBinder)} for searchable records: writes, in each chunk's
     * transaction, the search terms of its rows ({@code ids[i]}, {@code searchTexts[i]}, which the binder
     * fills as it binds row {@code i}) to {@code CORE_SEARCH_TERM}, as the services do.
     */
    long insert(String sql, int count, RowBinder binder, String entityType, long[] ids, String[] searchTexts) {
        for (int start = 0; start < count; start += CHUNK) {
            int from = start;
            int to = Math.min(count, start + CHUNK);
            inTransaction(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (int i = from; i < to; i++) {
                        binder.bind(statement, i);
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
                if (entityType != null) {
                    try (PreparedStatement terms = connection.prepareStatement(SearchTerms.INSERT)) {
                        for (int i = from; i < to; i++) {
                            SearchTerms.add(terms, entityType, ids[i], searchTexts[i]);
                        }
                        terms.executeBatch();
                    }
                }
            }, sql);
        }
        return Math.max(0, count);
    }

    /** Work on a connection, in one transaction. */
    @FunctionalInterface
    interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: a JTA transaction when there is a transaction manager (the
     * platform's pooled XA connections commit every statement on their own outside one), else a local one.
     */
    void inTransaction(SqlWork work, String what) {
        try {
            if (transactions == null) {
                try (Connection connection = dataSource.getConnection()) {
                    connection.setAutoCommit(false);
                    try {
                        work.run(connection);
                        connection.commit();
                    } catch (SQLException | RuntimeException e) {
                        connection.rollback();
                        throw e;
                    } finally {
                        connection.setAutoCommit(true);
                    }
                }
                return;
            }
            transactions.begin();
            try {
                try (Connection connection = dataSource.getConnection()) {
                    work.run(connection);
                }
            } catch (SQLException | RuntimeException e) {
                transactions.rollback();
                throw e;
            }
            transactions.commit();
        } catch (SQLException e) {
            SQLException cause = e.getNextException() == null ? e : e.getNextException();
            throw new IllegalStateException("Bulk write failed (" + what + "): " + cause.getMessage(), e);
        } catch (javax.transaction.NotSupportedException | javax.transaction.SystemException
                | javax.transaction.RollbackException | javax.transaction.HeuristicMixedException
                | javax.transaction.HeuristicRollbackException e) {
            throw new IllegalStateException("Bulk write failed (" + what + "): " + e, e);
        }
    }

    @Override
    public List<GeneratedEvent> events(String moduleId, String type, String title, long[] organisations, int count) {
        if (count <= 0 || organisations.length == 0) {
            return List.of();
        }
        long[] ids = ids("CORE_EVENT_SEQ", count);
        List<GeneratedEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDateTime startsAt = day().atTime(8 + random.nextInt(10), random.nextInt(4) * 15);
            int roll = random.nextInt(100);
            String status = roll < 85 ? "DONE" : roll < 95 ? "PLANNED" : "CANCELLED";
            events.add(new GeneratedEvent(ids[i], organisations[random.nextInt(organisations.length)], startsAt, status));
        }
        Timestamp now = Timestamp.from(java.time.Instant.now());
        String[] searchTexts = new String[count];
        insert("INSERT INTO CORE_EVENT (ID, EVENT_TYPE, MODULE_ID, TITLE, STARTS_AT, ENDS_AT, ORGANISATION_ID, STATUS,"
                + " SEARCH_TEXT, CREATED_AT, UPDATED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", count,
                (statement, i) -> {
                    GeneratedEvent event = events.get(i);
                    String eventTitle = title + " " + (i + 1);
                    statement.setLong(1, event.id());
                    statement.setString(2, type);
                    statement.setString(3, moduleId);
                    statement.setString(4, eventTitle);
                    statement.setTimestamp(5, Timestamp.valueOf(event.startsAt()));
                    statement.setTimestamp(6, Timestamp.valueOf(event.startsAt().plusHours(2)));
                    statement.setLong(7, event.organisationId());
                    statement.setString(8, event.status());
                    searchTexts[i] = SearchText.of(eventTitle);
                    statement.setString(9, searchTexts[i]);
                    statement.setTimestamp(10, now);
                    statement.setTimestamp(11, now);
                }, SearchTerms.EVENT, ids, searchTexts);
        return events;
    }

    /** A day in 2023–2025. */
    LocalDate day() {
        return FIRST_DAY.plusDays(random.nextInt(DAYS));
    }

    @Override
    public long[] select(String sql) {
        return column(sql);
    }

    /** Runs a query whose first column is a number; returns that column. */
    long[] column(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            long[] values = new long[1024];
            int size = 0;
            while (result.next()) {
                if (size == values.length) {
                    values = java.util.Arrays.copyOf(values, size * 2);
                }
                values[size++] = result.getLong(1);
            }
            return java.util.Arrays.copyOf(values, size);
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed (" + sql + "): " + e.getMessage(), e);
        }
    }

    /** A table, sequence or constant name: never text from outside the code. */
    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a database name: " + name);
        }
        return name;
    }
}
