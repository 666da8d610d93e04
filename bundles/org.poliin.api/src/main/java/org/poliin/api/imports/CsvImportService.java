package org.poliin.api.imports;

import java.io.Reader;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Imports a CSV file row by row: every good row is stored, every bad row is reported with its line,
 * column and reason. Rows are written in transactions of a thousand rows each (see
 * {@link CsvImportSpec.ChunkPreparer} to read a chunk's existing records at once); a row that fails
 * in the database is isolated and reported without losing the others. Files are UTF-8, comma or
 * semicolon separated, with a header line.
 *
 * <p>Call it outside a transaction of your own: inside one, every row joins that transaction, and a
 * row the database refuses fails the whole import with it.
 */
@ProviderType
public interface CsvImportService {

    /**
     * @throws org.poliin.api.errors.InvalidInputException when the file cannot be read as CSV or its
     *     header lacks a required column (nothing is imported then)
     */
    <T> ImportReport importCsv(Reader csv, CsvImportSpec<T> spec);
}
