package org.poliin.outreach.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.validation.ConstraintViolation;
import javax.validation.Validator;

import org.poliin.api.common.LocalizedText;
import org.poliin.api.errors.InvalidInputException;
import org.poliin.api.imports.CsvImportService;
import org.poliin.api.imports.CsvImportSpec;
import org.poliin.api.imports.CsvRow;
import org.poliin.api.imports.ImportProblem;
import org.poliin.api.imports.ImportReport;
import org.poliin.api.imports.RowOutcome;
import org.poliin.api.imports.RowRejectedException;
import org.poliin.testing.TestValidation;

/**
 * A small stand-in for the core's CSV import in unit tests: comma separated, no quoting, the same
 * contract (required header columns, rows read then checked with Bean Validation, then written, each
 * bad row reported with its line and column). The real one runs in the integration test.
 */
final class SimpleCsvImport implements CsvImportService {

    private final Validator validator = TestValidation.factory().getValidator();

    @Override
    public <T> ImportReport importCsv(Reader csv, CsvImportSpec<T> spec) {
        List<String> lines;
        try (BufferedReader reader = new BufferedReader(csv)) {
            lines = reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.isEmpty()) {
            throw InvalidInputException.of("file", LocalizedText.of("fișierul este gol", "the file is empty"));
        }
        Map<String, Integer> columns = new HashMap<>();
        String[] header = lines.get(0).split(",", -1);
        for (int i = 0; i < header.length; i++) {
            columns.put(header[i].strip().toLowerCase(Locale.ROOT), i);
        }
        for (String required : spec.requiredColumns()) {
            if (!columns.containsKey(required)) {
                throw InvalidInputException.of("header", LocalizedText.of("lipsește " + required, "missing " + required));
            }
        }
        ImportReport report = new ImportReport();
        report.problems = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            report.rows++;
            Row row = new Row(n + 1, lines.get(n).split(",", -1), columns);
            try {
                T value = spec.reader().read(row);
                List<ConstraintViolation<T>> violations = new ArrayList<>(validator.validate(value));
                if (!violations.isEmpty()) {
                    for (ConstraintViolation<T> violation : violations) {
                        String column = violation.getPropertyPath().toString().replaceAll("([a-z])([A-Z])", "$1_$2")
                                .toLowerCase(Locale.ROOT);
                        report.problems.add(ImportProblem.of(row.line(), column,
                                LocalizedText.of(violation.getMessage(), violation.getMessage())));
                    }
                    continue;
                }
                RowOutcome outcome = spec.writer().write(value, row);
                switch (outcome) {
                    case CREATED -> report.created++;
                    case UPDATED -> report.updated++;
                    case UNCHANGED -> report.unchanged++;
                }
            } catch (RowRejectedException e) {
                e.faults().forEach(fault -> report.problems.add(ImportProblem.of(row.line(), fault.field(), fault.reason())));
            }
        }
        return report;
    }

    private record Row(long line, String[] cells, Map<String, Integer> columns) implements CsvRow {

        @Override
        public Optional<String> text(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= cells.length || cells[index].isBlank()) {
                return Optional.empty();
            }
            return Optional.of(cells[index].strip());
        }

        @Override
        public String requireText(String column) throws RowRejectedException {
            return text(column).orElseThrow(() -> new RowRejectedException(column,
                    LocalizedText.of("valoarea lipsește", "the value is missing")));
        }

        @Override
        public Optional<Integer> integer(String column) throws RowRejectedException {
            Optional<String> text = text(column);
            try {
                return text.map(Integer::valueOf);
            } catch (NumberFormatException e) {
                throw new RowRejectedException(column, LocalizedText.of("nu este un număr întreg", "is not a whole number"));
            }
        }

        @Override
        public int requireInteger(String column) throws RowRejectedException {
            requireText(column);
            return integer(column).orElseThrow();
        }

        @Override
        public Optional<BigDecimal> decimal(String column) {
            return text(column).map(BigDecimal::new);
        }

        @Override
        public Optional<LocalDate> date(String column) {
            return text(column).map(LocalDate::parse);
        }

        @Override
        public <E extends Enum<E>> E requireEnum(String column, Class<E> type) throws RowRejectedException {
            String value = requireText(column).replace("-", "_").replace(" ", "_").toUpperCase(Locale.ROOT);
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw new RowRejectedException(column, LocalizedText.of("valoare necunoscută", "unknown value"));
            }
        }
    }
}
