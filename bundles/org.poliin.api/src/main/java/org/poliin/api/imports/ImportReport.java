package org.poliin.api.imports;

import java.util.List;

import org.osgi.dto.DTO;

/** What an import did: the good rows are imported, every bad row is reported. */
public class ImportReport extends DTO {

    /** Data rows read (the header not counted). */
    public long rows;
    public long created;
    public long updated;
    /** Rows equal to what was already stored. */
    public long unchanged;
    /** Rows refused; each row appears once per fault found in it. */
    public List<ImportProblem> problems;
}
