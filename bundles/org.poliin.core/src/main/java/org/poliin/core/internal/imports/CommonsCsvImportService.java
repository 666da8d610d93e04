package org.poliin.core.internal.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;


import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.imports.CsvImportService;
import org.poliin.api.imports.CsvImportSpec;
import org.poliin.api.imports.ImportProblem;
import org.poliin.api.imports.ImportReport;
import org.poliin.api.imports.RowOutcome;
import org.poliin.api.imports.RowRejectedException;
import org.poliin.api.errors.FieldViolation;
import org.poliin.api.persistence.MigratedSchema;
import org.poliin.core.internal.validation.InputValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports CSV with Apache Commons CSV. Rows are read and validated first, then the valid ones are
 * written in chunks, each chunk in one transaction; when the database refuses a chunk, its rows are
 * written again one by one so that only the faulty row is reported and the others are kept.
 */
@Component(service = CsvImportService.class)
public final class CommonsCsvImportService implements CsvImportService {

    private static final Logger LOG = LoggerFactory.getLogger(CommonsCsvImportService.class);

    /**
     * Rows per transaction: large enough that commits (a disk flush each) and the per-chunk queries of
     * the spec's preparer cost little per row, small enough to retry a refused chunk row by row cheaply.
     */
    static final int CHUNK = 1_000;
    /** The most data rows one import takes; a bigger file is split by the caller. */
    static final int MAX_ROWS = 200_000;

    private final JpaTemplate jpa;
    private final InputValidator validator;

    @Activate
    public CommonsCsvImportService(@Reference(target = "(osgi.unit.name=poliin-core)") JpaTemplate jpa,
            @Reference(target = "(poliin.schema=core)") MigratedSchema schema,
            @Reference InputValidator validator) {
        this.jpa = jpa;
        this.validator = validator;
    }

    @Override
    public <T> ImportReport importCsv(Reader csv, CsvImportSpec<T> spec) {
        ImportReport report = new ImportReport();
        report.problems = new ArrayList<>();
        List<ReadRow<T>> valid = new ArrayList<>();
        try (CSVParser parser = open(csv)) {
            Map<String, Integer> columns = columns(parser, spec);
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (isBlank(record)) {
                    continue;
                }
                report.rows++;
                if (report.rows > MAX_ROWS) {
                    throw InvalidInputException.of("file", LocalizedText.of(
                            "fișierul are mai mult de " + MAX_ROWS + " de rânduri: împărțiți-l",
                            "the file has more than " + MAX_ROWS + " rows: split it"));
                }
                // The parser's line count, not the record count: a quoted cell may span lines.
                CommonsCsvRow row = new CommonsCsvRow(record, columns, parser.getCurrentLineNumber());
                read(spec, row, report.problems).ifPresent(value -> valid.add(new ReadRow<>(value, row)));
            }
        } catch (IOException | UncheckedIOException e) {
            throw InvalidInputException.of("file", LocalizedText.of(
                    "fișierul nu poate fi citit ca CSV: " + e.getMessage(),
                    "the file cannot be read as CSV: " + e.getMessage()));
        }
        for (int start = 0; start < valid.size(); start += CHUNK) {
            write(spec, valid.subList(start, Math.min(valid.size(), start + CHUNK)), report);
        }
        report.problems.sort((a, b) -> Long.compare(a.line, b.line));
        return report;
    }

    private static CSVParser open(Reader csv) throws IOException {
        BufferedReader reader = new BufferedReader(csv);
        reader.mark(1);
        if (reader.read() != '\ufeff') {
            reader.reset(); // no byte order mark (spreadsheets add one to UTF-8 exports)
        }
        reader.mark(64 * 1024);
        String header = reader.readLine();
        reader.reset();
        if (header == null) {
            throw InvalidInputException.of("file", LocalizedText.of("fișierul este gol", "the file is empty"));
        }
        // Spreadsheets set to Romanian export with semicolons.
        char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get().parse(reader);
    }

    private static Map<String, Integer> columns(CSVParser parser, CsvImportSpec<?> spec) {
        Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext()) {
            throw InvalidInputException.of("file", LocalizedText.of("fișierul este gol", "the file is empty"));
        }
        CSVRecord header = records.next();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = spec.requiredColumns().stream()
                .filter(column -> !columns.containsKey(column.toLowerCase(Locale.ROOT))).toList();
        if (!missing.isEmpty()) {
            String expected = String.join(",", spec.requiredColumns());
            throw InvalidInputException.of("header", LocalizedText.of(
                    "lipsesc coloanele " + missing + "; antetul trebuie să conțină: " + expected,
                    "missing columns " + missing + "; the header must contain: " + expected));
        }
        return columns;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private <T> java.util.Optional<T> read(CsvImportSpec<T> spec, CommonsCsvRow row, List<ImportProblem> problems) {
        T value;
        try {
            value = spec.reader().read(row);
        } catch (RowRejectedException e) {
            reject(row.line(), e, problems);
            return java.util.Optional.empty();
        }
        List<FieldViolation> violations = validator.violations(value);
        for (FieldViolation violation : violations) {
            problems.add(ImportProblem.of(row.line(), column(violation.field), violation.message));
        }
        if (!violations.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(value);
    }

    /** The column a property comes from: the CSV headers are the property names in snake case. */
    private static String column(String property) {
        return property.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }


    private <T> void write(CsvImportSpec<T> spec, List<ReadRow<T>> chunk, ImportReport report) {
        List<ImportProblem> rejected = new ArrayList<>();
        long[] counts = new long[RowOutcome.values().length];
        try {
            jpa.tx(TransactionType.Required, em -> {
                rejected.clear();
                java.util.Arrays.fill(counts, 0);
                spec.preparer().prepare(chunk.stream().map(ReadRow::value).toList());
                for (ReadRow<T> row : chunk) {
                    try {
                        counts[spec.writer().write(row.value(), row.row()).ordinal()]++;
                    } catch (RowRejectedException e) {
                        reject(row.row().line(), e, rejected);
                    }
                }
                em.flush();
            });
            add(report, counts);
            report.problems.addAll(rejected);
        } catch (RuntimeException chunkFailed) {
            if (chunk.size() == 1) {
                LOG.info("Import row {} refused by the database", chunk.get(0).row().line(), chunkFailed);
                report.problems.add(ImportProblem.of(chunk.get(0).row().line(), null, LocalizedText.of(
                        "baza de date a refuzat rândul (de exemplu un cod duplicat în fișier)",
                        "the database refused the row (for example a code repeated in the file)")));
                return;
            }
            for (ReadRow<T> row : chunk) {
                write(spec, List.of(row), report);
            }
        }
    }

    private static void add(ImportReport report, long[] counts) {
        report.created += counts[RowOutcome.CREATED.ordinal()];
        report.updated += counts[RowOutcome.UPDATED.ordinal()];
        report.unchanged += counts[RowOutcome.UNCHANGED.ordinal()];
    }

    private static void reject(long line, RowRejectedException e, List<ImportProblem> problems) {
        for (RowRejectedException.Fault fault : e.faults()) {
            problems.add(ImportProblem.of(line, fault.field(), fault.reason()));
        }
    }

    private record ReadRow<T>(T value, CommonsCsvRow row) {
    }
}
