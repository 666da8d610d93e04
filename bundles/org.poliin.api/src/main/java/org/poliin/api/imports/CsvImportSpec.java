package org.poliin.api.imports;

import java.util.List;
import java.util.Objects;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * How to import one kind of CSV file: which columns it has, how a row becomes a value, and how a value
 * is stored.
 *
 * @param <T> what a row becomes
 * @param requiredColumns the columns the header must have (names are matched ignoring case)
 * @param optionalColumns columns that may be present
 * @param reader turns a row into a value, or rejects it; the value is then checked with Bean Validation
 * @param writer stores a valid value and says whether it created, updated or left a record unchanged
 * @param preparer runs once per chunk, in the chunk's transaction, before the writer sees the chunk's values:
 *     there a service reads every existing record of the chunk with one query (say {@code WHERE code IN (...)})
 *     instead of one query per row
 */
public record CsvImportSpec<T>(List<String> requiredColumns, List<String> optionalColumns, RowReader<T> reader,
        RowWriter<T> writer, ChunkPreparer<T> preparer) {

    public CsvImportSpec {
        requiredColumns = List.copyOf(requiredColumns);
        optionalColumns = List.copyOf(optionalColumns);
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(preparer, "preparer");
    }

    /** A spec whose writer needs no preparation per chunk. */
    public CsvImportSpec(List<String> requiredColumns, List<String> optionalColumns, RowReader<T> reader,
            RowWriter<T> writer) {
        this(requiredColumns, optionalColumns, reader, writer, values -> { });
    }

    /** Turns a CSV row into a value. */
    @ConsumerType
    @FunctionalInterface
    public interface RowReader<T> {
        T read(CsvRow row) throws RowRejectedException;
    }

    /**
     * Prepares the writing of one chunk of valid values (in file order); runs inside the chunk's
     * transaction, before {@link RowWriter#write} is called for each of them. When the database refuses a
     * chunk, its rows are written again one by one, each prepared on its own.
     */
    @ConsumerType
    @FunctionalInterface
    public interface ChunkPreparer<T> {
        void prepare(List<T> values);
    }

    /** Stores one value; runs inside the import's transaction. */
    @ConsumerType
    @FunctionalInterface
    public interface RowWriter<T> {
        RowOutcome write(T value, CsvRow row) throws RowRejectedException;
    }
}
