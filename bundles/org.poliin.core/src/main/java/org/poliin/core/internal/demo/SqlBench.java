package org.poliin.core.internal.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.persistence.MigratedSchema;
import org.poliin.core.internal.jpa.SearchText;

/**
 * Benchmark only: the references the benchmark compares the platform with, measured over the same
 * data source in the same JVM ({@code poliin:bench-sql}). The funder report's aggregates written by
 * hand in SQL, and a raw JDBC batch insert into the localities table. Nothing else uses it.
 */
@Component(service = SqlBench.class)
public final class SqlBench {

    /** Rows per JDBC batch and per commit of the raw insert, as the generator. */
    static final int BATCH = JdbcVolumeContext.CHUNK;

    /** The funder report's aggregates by hand; {@code ?} pairs are the period's first and last day. */
    static final List<Query> REPORT = List.of(
            new Query("outreach visits", "SELECT COUNT(*), COUNT(DISTINCT SCHOOL_ID),"
                    + " SUM(PUPILS_IX + PUPILS_X + PUPILS_XI + PUPILS_XII), SUM(TEACHERS_MET), SUM(STAND_USED)"
                    + " FROM OUTREACH_VISIT WHERE VISIT_STATUS = 'DONE' AND VISIT_ON BETWEEN ? AND ?", 1),
            new Query("outreach materials", "SELECT SUM(h.QUANTITY) FROM OUTREACH_HANDOUT h, OUTREACH_VISIT v"
                    + " WHERE h.VISIT_ID = v.EVENT_ID AND v.VISIT_STATUS = 'DONE' AND v.VISIT_ON BETWEEN ? AND ?", 1),
            new Query("outreach admissions", "SELECT a.OUTCOME, COUNT(*) FROM OUTREACH_ADMISSION a,"
                    + " OUTREACH_ADMISSION_IMPORT i WHERE a.IMPORT_ID = i.ID AND i.IMPORT_STATUS = 'CURRENT' AND EXISTS"
                    + " (SELECT 1 FROM OUTREACH_VISIT v, OUTREACH_CAMPAIGN c WHERE v.CAMPAIGN_ID = c.ID"
                    + " AND c.ADMISSION_SESSION = a.SESSION_CODE AND v.SCHOOL_ID = a.SCHOOL_ID"
                    + " AND v.VISIT_STATUS = 'DONE' AND v.VISIT_ON BETWEEN ? AND ?) GROUP BY a.OUTCOME", 1),
            new Query("vouchers awarded", "SELECT COUNT(*), COUNT(DISTINCT PERSON_ID) FROM VOUCHERS_VOUCHER"
                    + " WHERE ISSUED_ON BETWEEN ? AND ? AND STATUS <> 'DECLINED'", 1),
            new Query("vouchers by category", "SELECT CATEGORY, COUNT(*), SUM(FACE_VALUE), SUM(FACE_VALUE - SPENT_AMOUNT)"
                    + " FROM VOUCHERS_VOUCHER WHERE ISSUED_ON BETWEEN ? AND ? AND STATUS <> 'DECLINED' GROUP BY CATEGORY", 1),
            new Query("vouchers spent", "SELECT CATEGORY, SUM(AMOUNT) FROM VOUCHERS_REDEMPTION"
                    + " WHERE SPENT_ON BETWEEN ? AND ? GROUP BY CATEGORY", 1),
            new Query("vouchers meetings", "SELECT COUNT(*) FROM CORE_EVENT WHERE EVENT_TYPE = 'vouchers.group-meeting'"
                    + " AND STATUS = 'DONE' AND STARTS_AT >= ? AND STARTS_AT < ?", 2),
            new Query("vouchers attendance", "SELECT COUNT(*), SUM(CASE WHEN p.ATTENDANCE = 'PRESENT' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN p.ATTENDANCE <> 'UNKNOWN' THEN 1 ELSE 0 END), COUNT(DISTINCT p.PERSON_ID)"
                    + " FROM CORE_EVENT_PARTICIPANT p, CORE_EVENT e WHERE p.EVENT_ID = e.ID"
                    + " AND e.EVENT_TYPE = 'vouchers.group-meeting' AND e.STATUS = 'DONE'"
                    + " AND e.STARTS_AT >= ? AND e.STARTS_AT < ?", 2),
            new Query("counselling meetings", "SELECT COUNT(*) FROM CORE_EVENT WHERE EVENT_TYPE = 'counselling.group-meeting'"
                    + " AND STATUS = 'DONE' AND STARTS_AT >= ? AND STARTS_AT < ?", 2),
            new Query("counselling students", "SELECT COUNT(*) FROM COUNSELLING_STUDENT WHERE SUPPORTED_SINCE <= ?"
                    + " AND (CLOSED_ON IS NULL OR CLOSED_ON >= ?)", 3),
            new Query("counselling attendance", "SELECT COUNT(*), SUM(CASE WHEN p.ATTENDANCE = 'PRESENT' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN p.ATTENDANCE <> 'UNKNOWN' THEN 1 ELSE 0 END), COUNT(DISTINCT p.PERSON_ID)"
                    + " FROM CORE_EVENT_PARTICIPANT p, CORE_EVENT e WHERE p.EVENT_ID = e.ID"
                    + " AND e.EVENT_TYPE = 'counselling.group-meeting' AND e.STATUS = 'DONE'"
                    + " AND e.STARTS_AT >= ? AND e.STARTS_AT < ?", 2),
            new Query("counselling outcomes", "SELECT ENROLMENT_STATUS, COUNT(*) FROM COUNSELLING_OUTCOME"
                    + " WHERE TERM_END >= ? AND TERM_END <= ? GROUP BY ENROLMENT_STATUS", 1));

    private final DataSource dataSource;
    private final javax.transaction.TransactionManager transactions;

    @Activate
    public SqlBench(@Reference(target = "(osgi.jndi.service.name=poliin)") DataSource dataSource,
            @Reference javax.transaction.TransactionManager transactions,
            @Reference(target = "(poliin.schema=core)") MigratedSchema schema) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /**
     * A hand-written query of the report.
     *
     * @param name what it computes
     * @param sql the query
     * @param parameters 1: first and last day as dates; 2: start of the first day and of the day after the
     *     last as timestamps; 3: last day then first day as dates
     */
    record Query(String name, String sql, int parameters) {
    }

    /** How long one query took; {@code error} is set when its tables are missing (module absent). */
    public record Timing(String name, long nanos, String error) {
    }

    /** Runs every hand-written aggregate of the funder report once for the period; their timings in order. */
    public List<Timing> report(LocalDate from, LocalDate to) {
        List<Timing> timings = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Query query : REPORT) {
                long start = System.nanoTime();
                try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
                    bind(statement, query.parameters(), from, to);
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            result.getObject(1); // read every row, as the platform does
                        }
                    }
                    timings.add(new Timing(query.name(), System.nanoTime() - start, null));
                } catch (SQLException e) {
                    timings.add(new Timing(query.name(), System.nanoTime() - start, e.getMessage()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("No connection: " + e.getMessage(), e);
        }
        return timings;
    }

    private static void bind(PreparedStatement statement, int parameters, LocalDate from, LocalDate to)
            throws SQLException {
        switch (parameters) {
            case 1 -> {
                statement.setDate(1, java.sql.Date.valueOf(from));
                statement.setDate(2, java.sql.Date.valueOf(to));
            }
            case 2 -> {
                statement.setTimestamp(1, java.sql.Timestamp.valueOf(from.atStartOfDay()));
                statement.setTimestamp(2, java.sql.Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
            }
            default -> {
                statement.setDate(1, java.sql.Date.valueOf(to));
                statement.setDate(2, java.sql.Date.valueOf(from));
            }
        }
    }

    /**
     * Inserts {@code rows} localities with a raw JDBC batch (as a CSV import of the same rows would make
     * them), then deletes them; returns the nanoseconds the insert took.
     */
    public long insertLocalities(int rows) {
        JdbcVolumeContext context = new JdbcVolumeContext(dataSource, transactions, rows, rows, 7);
        long[] ids = context.ids("CORE_LOCALITY_SEQ", rows);
        String tag = "B" + Long.toString(System.nanoTime() % 1_000_000, 36) + "-";
        long start = System.nanoTime();
        // One transaction per batch of rows, as the generator (and as the CSV import per chunk).
        for (int first = 0; first < rows; first += BATCH) {
            int from = first;
            int to = Math.min(rows, first + BATCH);
            context.inTransaction(connection -> {
                try (PreparedStatement statement = connection.prepareStatement("INSERT INTO CORE_LOCALITY (ID, CODE, NAME,"
                        + " COUNTY, COUNTY_KEY, POPULATION, LOCALITY_TYPE, SEARCH_TEXT, VERSION)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                    for (int i = from; i < to; i++) {
                        String code = tag + i;
                        statement.setLong(1, ids[i]);
                        statement.setString(2, code);
                        statement.setString(3, "Localitatea " + i);
                        statement.setString(4, "Timiș");
                        statement.setString(5, SearchText.fold("Timiș"));
                        statement.setInt(6, 1_000 + i);
                        statement.setString(7, "RURAL");
                        statement.setString(8, SearchText.of("Localitatea " + i, code, "Timiș"));
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
            }, "raw insert");
        }
        long took = System.nanoTime() - start;
        deleteLocalities(tag);
        return took;
    }

    /** Deletes the localities whose code starts with {@code tag} (letters, digits and {@code -} only). */
    public void deleteLocalities(String tag) {
        if (!tag.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException(tag);
        }
        new JdbcVolumeContext(dataSource, transactions, 1, 1, 7).inTransaction(connection -> {
            try (Statement delete = connection.createStatement()) {
                delete.executeUpdate("DELETE FROM CORE_LOCALITY WHERE CODE LIKE '" + tag + "%'");
            }
        }, "delete");
    }
}
