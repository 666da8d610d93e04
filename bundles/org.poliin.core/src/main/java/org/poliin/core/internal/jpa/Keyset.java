package org.poliin.core.internal.jpa;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.poliin.api.common.LocalizedText;
import org.poliin.api.common.PageCursor;
import org.poliin.api.errors.InvalidInputException;

/**
 * The order of a list as a unique key (its sort columns, the id last) for paging by key: the
 * {@code ORDER BY}, the value of each key column in an item (for {@link org.poliin.api.common.Page#next})
 * and the seek predicate that starts the next page right after a cursor. Every column must be NOT
 * NULL, and an index must hold the columns in this order (after any equality filters), so that the
 * database reads a page from the index and stops after it, with no sort.
 *
 * @param <T> the entity listed
 */
public final class Keyset<T> {

    /** Reads the value of key column {@code index} from a cursor, as the type of the column. */
    @FunctionalInterface
    public interface Parser {
        Object parse(PageCursor cursor, int index);
    }

    private record Column<T>(String path, Function<? super T, ?> value, Parser parser) {
    }

    private final boolean descending;
    private final List<Column<T>> columns = new ArrayList<>();

    private Keyset(boolean descending) {
        this.descending = descending;
    }

    /** A key whose columns all ascend. */
    public static <T> Keyset<T> ascending() {
        return new Keyset<>(false);
    }

    /** A key whose columns all descend (newest first). */
    public static <T> Keyset<T> descending() {
        return new Keyset<>(true);
    }

    /** Adds a text column. */
    public Keyset<T> text(String path, Function<? super T, String> value) {
        return column(path, value, PageCursor::text);
    }

    /** Adds a whole-number column (the id). */
    public Keyset<T> number(String path, Function<? super T, Long> value) {
        return column(path, value, PageCursor::number);
    }

    /** Adds a column of instants. */
    public Keyset<T> instant(String path, Function<? super T, java.time.Instant> value) {
        return column(path, value, PageCursor::instant);
    }

    /** Adds a column of local date-times. */
    public Keyset<T> localDateTime(String path, Function<? super T, LocalDateTime> value) {
        return column(path, value, (cursor, index) -> {
            String text = cursor.text(index);
            try {
                return LocalDateTime.parse(text == null ? "" : text);
            } catch (DateTimeParseException e) {
                throw badCursor();
            }
        });
    }

    private Keyset<T> column(String path, Function<? super T, ?> value, Parser parser) {
        columns.add(new Column<>(path, value, parser));
        return this;
    }

    /** The ORDER BY list. */
    public String orderBy() {
        StringBuilder order = new StringBuilder();
        for (Column<T> column : columns) {
            if (order.length() > 0) {
                order.append(", ");
            }
            order.append(column.path()).append(descending ? " DESC" : "");
        }
        return order.toString();
    }

    /** The cursor after {@code item}. */
    public PageCursor cursorOf(T item) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).value().apply(item);
        }
        return PageCursor.of(values);
    }

    /** The id of {@code item}: the value of the key's last column. */
    public long idOf(T item) {
        return ((Number) columns.get(columns.size() - 1).value().apply(item)).longValue();
    }

    /** The values of a cursor of this list (a 400 naming {@code after} when it is not one). */
    List<Object> values(PageCursor cursor) {
        List<Object> values = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            Object value = columns.get(i).parser().parse(cursor, i);
            if (value == null) {
                throw badCursor();
            }
            values.add(value);
        }
        return values;
    }

    int size() {
        return columns.size();
    }

    /**
     * The seek predicate for the rows after the cursor, in the form that lets the database start the
     * index scan at the cursor: {@code k1 >= :c0 AND (k1 > :c0 OR (k2 > :c1 OR (k2 = :c1 AND k3 > :c2)))}
     * (with {@code <} for a descending key). Parameters are named {@code prefix0}, {@code prefix1}...
     */
    String seek(String prefix) {
        String after = descending ? " < " : " > ";
        String first = columns.get(0).path();
        if (columns.size() == 1) {
            return first + after + ":" + prefix + 0;
        }
        return first + (descending ? " <= " : " >= ") + ":" + prefix + 0 + " AND (" + seekFrom(0, prefix, after) + ")";
    }

    private String seekFrom(int index, String prefix, String after) {
        String path = columns.get(index).path();
        String strictly = path + after + ":" + prefix + index;
        if (index == columns.size() - 1) {
            return strictly;
        }
        String rest = seekFrom(index + 1, prefix, after);
        if (index == 0) {
            return strictly + " OR (" + rest + ")";
        }
        return strictly + " OR (" + path + " = :" + prefix + index + " AND (" + rest + "))";
    }

    static InvalidInputException badCursor() {
        return InvalidInputException.of(PageCursor.PARAMETER,
                LocalizedText.of("nu este un cursor al acestei liste (folosiți valoarea „next” a paginii precedente)",
                        "is not a cursor of this list (use the \"next\" value of the previous page)"));
    }
}
