package org.poliin.api.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One data row of a CSV file, read by column name. The typed getters reject the row with the column
 * and a clear reason when a value is missing or malformed.
 */
@ProviderType
public interface CsvRow {

    /** The line in the file, counting the header as line 1. */
    long line();

    /** The trimmed value of the column, empty when the cell is blank or the column is absent. */
    Optional<String> text(String column);

    String requireText(String column) throws RowRejectedException;

    Optional<Integer> integer(String column) throws RowRejectedException;

    int requireInteger(String column) throws RowRejectedException;

    Optional<BigDecimal> decimal(String column) throws RowRejectedException;

    /** A date in ISO form ({@code 2024-10-15}) or in Romanian form ({@code 15.10.2024}). */
    Optional<LocalDate> date(String column) throws RowRejectedException;

    /** A value of {@code type}, matched ignoring case, dashes and spaces ({@code high-school} is HIGH_SCHOOL). */
    <E extends Enum<E>> E requireEnum(String column, Class<E> type) throws RowRejectedException;
}
