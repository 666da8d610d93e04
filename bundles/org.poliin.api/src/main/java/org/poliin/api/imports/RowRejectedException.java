package org.poliin.api.imports;

import java.util.List;

import org.poliin.api.common.LocalizedText;

/** Thrown while reading or importing a row to refuse it; the import goes on with the next row. */
public class RowRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<Fault> faults;

    /** One fault of a row: the column (null for the row as a whole) and the reason. */
    public record Fault(String field, LocalizedText reason) {
    }

    public RowRejectedException(String field, LocalizedText reason) {
        this(List.of(new Fault(field, reason)));
    }

    public RowRejectedException(List<Fault> faults) {
        super(faults.isEmpty() ? "rejected" : faults.get(0).reason().en);
        this.faults = List.copyOf(faults);
    }

    public List<Fault> faults() {
        return faults;
    }
}
