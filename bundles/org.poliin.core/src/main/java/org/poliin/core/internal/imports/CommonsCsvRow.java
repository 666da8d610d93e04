package org.poliin.core.internal.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;
import org.poliin.api.common.LocalizedText;
import org.poliin.api.imports.CsvRow;
import org.poliin.api.imports.RowRejectedException;

/** A CSV row read by column name, with the header's names matched ignoring case. */
final class CommonsCsvRow implements CsvRow {

    private static final DateTimeFormatter ROMANIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

    private final CSVRecord record;
    private final Map<String, Integer> columns;
    private final long line;

    CommonsCsvRow(CSVRecord record, Map<String, Integer> columns, long line) {
        this.record = record;
        this.columns = columns;
        this.line = line;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public Optional<String> text(String column) {
        Integer index = columns.get(column.toLowerCase(Locale.ROOT));
        if (index == null || index >= record.size()) {
            return Optional.empty();
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public String requireText(String column) throws RowRejectedException {
        return text(column).orElseThrow(() -> new RowRejectedException(column,
                LocalizedText.of("valoarea lipsește", "the value is missing")));
    }

    @Override
    public Optional<Integer> integer(String column) throws RowRejectedException {
        Optional<String> value = text(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        // Thousands separators are common in exported spreadsheets: "1.700", "1 700", "1,700".
        String digits = value.get().replace(".", "").replace(",", "").replace(" ", "").replace("\u00a0", "");
        try {
            return Optional.of(Integer.valueOf(digits));
        } catch (NumberFormatException e) {
            throw new RowRejectedException(column, LocalizedText.of(
                    "„" + value.get() + "” nu este un număr întreg", "\"" + value.get() + "\" is not a whole number"));
        }
    }

    @Override
    public int requireInteger(String column) throws RowRejectedException {
        return integer(column).orElseThrow(() -> new RowRejectedException(column,
                LocalizedText.of("valoarea lipsește", "the value is missing")));
    }

    @Override
    public Optional<BigDecimal> decimal(String column) throws RowRejectedException {
        Optional<String> value = text(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.get().replace(",", ".").replace(" ", "")));
        } catch (NumberFormatException e) {
            throw new RowRejectedException(column, LocalizedText.of(
                    "„" + value.get() + "” nu este un număr", "\"" + value.get() + "\" is not a number"));
        }
    }

    @Override
    public Optional<LocalDate> date(String column) throws RowRejectedException {
        Optional<String> value = text(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(value.get().contains(".") ? LocalDate.parse(value.get(), ROMANIAN_DATE)
                    : LocalDate.parse(value.get()));
        } catch (DateTimeParseException e) {
            throw new RowRejectedException(column, LocalizedText.of(
                    "„" + value.get() + "” nu este o dată (AAAA-LL-ZZ sau ZZ.LL.AAAA)",
                    "\"" + value.get() + "\" is not a date (YYYY-MM-DD or DD.MM.YYYY)"));
        }
    }

    @Override
    public <E extends Enum<E>> E requireEnum(String column, Class<E> type) throws RowRejectedException {
        String value = requireText(column);
        String wanted = normalise(value);
        StringBuilder allowed = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            if (normalise(constant.name()).equals(wanted)) {
                return constant;
            }
            allowed.append(allowed.length() == 0 ? "" : ", ").append(constant.name().toLowerCase(Locale.ROOT));
        }
        throw new RowRejectedException(column, LocalizedText.of(
                "„" + value + "” nu este o valoare permisă (" + allowed + ")",
                "\"" + value + "\" is not an allowed value (" + allowed + ")"));
    }

    private static String normalise(String value) {
        return value.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
    }
}
