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
 */
public record CsvImportSpec<T>(List<String> requiredColumns, List<String> optionalColumns, RowReader<T> reader,
        RowWriter<T> writer) {

    public CsvImportSpec {
        requiredColumns = List.copyOf(requiredColumns);
        optionalColumns = List.copyOf(optionalColumns);
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(writer, "writer");
    }

    /** Turns a CSV row into a value. */
    @ConsumerType
    @FunctionalInterface
    public interface RowReader<T> {
        T read(CsvRow row) throws RowRejectedException;
    }

    /** Stores one value; runs inside the import's transaction. */
    @ConsumerType
    @FunctionalInterface
    public interface RowWriter<T> {
        RowOutcome write(T value, CsvRow row) throws RowRejectedException;
    }
}
