package org.poliin.api.demo;

import java.time.LocalDateTime;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What the core offers a {@link VolumeDataSet}: the asked sizes, the core records to refer to, and
 * bulk writing (JDBC batches in transactions of a few thousand rows) over the platform's database.
 */
@ProviderType
public interface VolumeContext {

    /** The size of every list table (the default is 100,000). */
    int rows();

    /** The size of the largest tables: audit log and event participants (the default is 1,000,000). */
    int largeRows();

    /** A source of pseudo-random numbers with a fixed seed: the same run gives the same data. */
    java.util.random.RandomGenerator random();

    /** The ids of the people of the core, in ascending order. */
    long[] people();

    /** The ids of the organisations of the given type ({@code HIGH_SCHOOL}, {@code PARTNER}, ...). */
    long[] organisations(String type);

    /** The ids of the localities. */
    long[] localities();

    /** The first column of a query whose first column is a number (the ids of a module's own table, say). */
    long[] select(String sql);

    /** The number of rows in a table of the platform's database. */
    long count(String table);

    /**
     * Ids for {@code count} new rows from a sequence whose increment is 50 (the allocation size of
     * every entity), taken the way the persistence provider takes them, so both never collide.
     */
    long[] ids(String sequence, int count);

    /**
     * Inserts {@code count} rows with one prepared statement, in JDBC batches committed every few
     * thousand rows.
     *
     * @param sql an {@code INSERT} with parameters
     * @param binder sets the parameters of row {@code index} (0 to count - 1)
     * @return the rows inserted
     */
    long insert(String sql, int count, RowBinder binder);

    /**
     * Creates {@code count} events of the module's type {@code type} at the given organisations,
     * their days spread over 2023–2025, most of them done.
     *
     * @return the events created, in the order of their ids
     */
    List<GeneratedEvent> events(String moduleId, String type, String title, long[] organisations, int count);

    /** Sets the parameters of one row. */
    @FunctionalInterface
    interface RowBinder {
        void bind(java.sql.PreparedStatement statement, int index) throws java.sql.SQLException;
    }

    /**
     * An event made by {@link #events}.
     *
     * @param id its id
     * @param organisationId where it takes place
     * @param startsAt when it starts
     * @param status {@code DONE}, {@code PLANNED} or {@code CANCELLED}
     */
    record GeneratedEvent(long id, long organisationId, LocalDateTime startsAt, String status) {
    }
}
