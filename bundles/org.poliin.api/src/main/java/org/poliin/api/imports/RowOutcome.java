package org.poliin.api.imports;

/** What importing one row did. */
public enum RowOutcome {
    CREATED,
    UPDATED,
    UNCHANGED
}
