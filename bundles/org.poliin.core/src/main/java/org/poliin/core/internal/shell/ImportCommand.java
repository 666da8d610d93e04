package org.poliin.core.internal.shell;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.poliin.api.imports.ImportProblem;
import org.poliin.api.imports.ImportReport;
import org.poliin.api.organisation.LocalityService;
import org.poliin.api.organisation.OrganisationService;

@Command(scope = "poliin", name = "import",
        description = "Imports localities or organisations from a CSV file (UTF-8, with a header line)")
@Service
public class ImportCommand implements Action {

    @Argument(index = 0, name = "kind", required = true, description = "localities or organisations")
    @Completion(value = StringsCompleter.class, values = { "localities", "organisations" })
    String kind;

    @Argument(index = 1, name = "file", required = true, description = "The CSV file")
    @Completion(FileCompleter.class)
    String file;

    @Reference
    LocalityService localities;

    @Reference
    OrganisationService organisations;

    @Override
    public Object execute() throws Exception {
        ImportReport report;
        try (Reader csv = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            report = switch (kind) {
                case "localities" -> localities.importCsv(csv);
                case "organisations" -> organisations.importCsv(csv);
                default -> throw new IllegalArgumentException("kind must be localities or organisations, not " + kind);
            };
        }
        System.out.printf("%d rows: %d created, %d updated, %d unchanged, %d problems%n", report.rows, report.created,
                report.updated, report.unchanged, report.problems.size());
        for (ImportProblem problem : report.problems) {
            System.out.printf("  line %d%s: %s%n", problem.line, problem.field == null ? "" : " (" + problem.field + ")",
                    problem.reason.en);
        }
        return null;
    }
}
