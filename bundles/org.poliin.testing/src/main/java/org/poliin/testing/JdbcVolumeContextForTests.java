package org.poliin.testing;

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
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;

import javax.sql.DataSource;

import org.poliin.api.demo.VolumeContext;

/**
 * A {@link VolumeContext} over a test database, for testing a module's {@code VolumeDataSet}: plain
 * JDBC with local transactions, one per call. It also makes the core records a data set refers to
 * ({@link #withCore}). Not the platform's implementation (that one lives in the core).
 */
public final class JdbcVolumeContextForTests implements VolumeContext {

    private final DataSource dataSource;
    private final int rows;
    private final int largeRows;
    private final RandomGenerator random = new SplittableRandom(1);

    public JdbcVolumeContextForTests(DataSource dataSource, int rows, int largeRows) {
        this.dataSource = dataSource;
        this.rows = rows;
        this.largeRows = largeRows;
    }

    /** Adds a locality, {@code count} organisations of each given type in it, and {@code count} people. */
    public JdbcVolumeContextForTests withCore(int count, String... organisationTypes) {
        long locality = ids("CORE_LOCALITY_SEQ", 1)[0];
        insert("INSERT INTO CORE_LOCALITY (ID, CODE, NAME, COUNTY, COUNTY_KEY, LOCALITY_TYPE, SEARCH_TEXT, VERSION)"
                + " VALUES (?, ?, 'Sânmartin', 'Harghita', 'harghita', 'RURAL', 'sanmartin', 1)", 1, (statement, i) -> {
                    statement.setLong(1, locality);
                    statement.setString(2, "T" + locality);
                });
        for (String type : organisationTypes) {
            long[] ids = ids("CORE_ORGANISATION_SEQ", count);
            insert("INSERT INTO CORE_ORGANISATION (ID, CODE, NAME, ORGANISATION_TYPE, LOCALITY_ID, SEARCH_TEXT, VERSION)"
                    + " VALUES (?, ?, ?, ?, ?, 'x', 1)", count, (statement, i) -> {
                        statement.setLong(1, ids[i]);
                        statement.setString(2, "T" + ids[i]);
                        statement.setString(3, "Organizația " + ids[i]);
                        statement.setString(4, type);
                        statement.setLong(5, locality);
                    });
        }
        long[] people = ids("CORE_PERSON_SEQ", count);
        Timestamp now = Timestamp.valueOf(LocalDateTime.of(2024, 1, 1, 0, 0));
        insert("INSERT INTO CORE_PERSON (ID, GIVEN_NAME, FAMILY_NAME, SEARCH_TEXT, SORT_NAME, CREATED_AT, UPDATED_AT,"
                + " VERSION) VALUES (?, 'Ioana', 'Mureșan', 'ioana muresan', 'muresan ioana', ?, ?, 1)", count, (statement, i) -> {
                    statement.setLong(1, people[i]);
                    statement.setTimestamp(2, now);
                    statement.setTimestamp(3, now);
                });
        return this;
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
        return select("SELECT ID FROM CORE_PERSON ORDER BY ID");
    }

    @Override
    public long[] organisations(String type) {
        return select("SELECT ID FROM CORE_ORGANISATION WHERE ORGANISATION_TYPE = '" + type + "' ORDER BY ID");
    }

    @Override
    public long[] localities() {
        return select("SELECT ID FROM CORE_LOCALITY ORDER BY ID");
    }

    @Override
    public long[] select(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            LongStream.Builder values = LongStream.builder();
            while (result.next()) {
                values.add(result.getLong(1));
            }
            return values.build().toArray();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long count(String table) {
        return select("SELECT COUNT(*) FROM " + table)[0];
    }

    @Override
    public long[] ids(String sequence, int count) {
        long[] ids = new long[count];
        for (int i = 0; i < count; i += 50) {
            long last = select("VALUES NEXT VALUE FOR " + sequence)[0];
            for (int j = 0; j < 50 && i + j < count; j++) {
                ids[i + j] = last - 49 + j;
            }
        }
        return ids;
    }

    @Override
    public long insert(String sql, int count, RowBinder binder) {
        if (count <= 0) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < count; i++) {
                    binder.bind(statement, i);
                    statement.addBatch();
                }
                statement.executeBatch();
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            SQLException cause = e.getNextException() == null ? e : e.getNextException();
            throw new IllegalStateException(cause.getMessage(), e);
        }
        return count;
    }

    @Override
    public List<GeneratedEvent> events(String moduleId, String type, String title, long[] organisations, int count) {
        if (count <= 0 || organisations.length == 0) {
            return List.of();
        }
        long[] ids = ids("CORE_EVENT_SEQ", count);
        List<GeneratedEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDateTime startsAt = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(3 * 365)).atTime(10, 0);
            events.add(new GeneratedEvent(ids[i], organisations[i % organisations.length], startsAt,
                    i % 10 == 9 ? "PLANNED" : "DONE"));
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.of(2024, 1, 1, 0, 0));
        insert("INSERT INTO CORE_EVENT (ID, EVENT_TYPE, MODULE_ID, TITLE, STARTS_AT, ORGANISATION_ID, STATUS, SEARCH_TEXT,"
                + " CREATED_AT, UPDATED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, 'x', ?, ?, 1)", count, (statement, i) -> {
                    GeneratedEvent event = events.get(i);
                    statement.setLong(1, event.id());
                    statement.setString(2, type);
                    statement.setString(3, moduleId);
                    statement.setString(4, title);
                    statement.setTimestamp(5, Timestamp.valueOf(event.startsAt()));
                    statement.setLong(6, event.organisationId());
                    statement.setString(7, event.status());
                    statement.setTimestamp(8, now);
                    statement.setTimestamp(9, now);
                });
        return events;
    }
}
