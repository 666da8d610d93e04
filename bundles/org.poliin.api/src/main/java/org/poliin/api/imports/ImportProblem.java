package org.poliin.api.imports;

import org.osgi.dto.DTO;
import org.poliin.api.common.LocalizedText;

/** Why one row of an import was refused. */
public class ImportProblem extends DTO {

    /** The line in the file, counting the header as line 1. */
    public long line;
    /** The column at fault; null when the row as a whole is wrong. */
    public String field;
    public LocalizedText reason;

    public static ImportProblem of(long line, String field, LocalizedText reason) {
        ImportProblem problem = new ImportProblem();
        problem.line = line;
        problem.field = field;
        problem.reason = reason;
        return problem;
    }
}
