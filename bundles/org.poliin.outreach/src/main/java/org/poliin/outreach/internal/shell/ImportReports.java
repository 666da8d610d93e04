package org.poliin.outreach.internal.shell;

import java.io.PrintStream;
import java.util.function.Supplier;

import org.poliin.api.errors.FieldViolation;
import org.poliin.api.errors.InvalidInputException;

import org.poliin.api.imports.ImportProblem;
import org.poliin.api.imports.ImportReport;

/** Prints an import report as the core's {@code poliin:import} does. */
final class ImportReports {

    private ImportReports() {
    }

    /** Runs an import and prints its report, or why the file was refused as a whole. */
    static void run(Supplier<ImportReport> importer, PrintStream out) {
        try {
            print(importer.get(), out);
        } catch (InvalidInputException refused) {
            out.println(refused.detail().en + " / " + refused.detail().ro);
            for (FieldViolation violation : refused.violations()) {
                out.printf("  %s: %s / %s%n", violation.field, violation.message.en, violation.message.ro);
            }
        }
    }

    static void print(ImportReport report, PrintStream out) {
        out.printf("%d rows: %d created, %d updated, %d unchanged, %d problems%n", report.rows, report.created,
                report.updated, report.unchanged, report.problems.size());
        for (ImportProblem problem : report.problems) {
            out.printf("  line %d%s: %s / %s%n", problem.line, problem.field == null ? "" : " (" + problem.field + ")",
                    problem.reason.en, problem.reason.ro);
        }
    }
}
