package org.poliin.outreach.internal.shell;

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
import org.poliin.outreach.internal.service.AdmissionService;

@Command(scope = "outreach", name = "import-admissions",
        description = "Replaces an admission session's results with a CSV file (UTF-8; header school_code,programme,"
                + "status with status applied, admitted or enrolled)")
@Service
public class ImportAdmissionsCommand implements Action {

    @Argument(index = 0, name = "session", required = true, description = "The admission session, for example 2025")
    String session;

    @Argument(index = 1, name = "file", required = true, description = "The CSV file")
    @Completion(FileCompleter.class)
    String file;

    @Reference
    AdmissionService admissions;

    @Override
    public Object execute() throws Exception {
        try (Reader csv = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            ImportReports.run(() -> admissions.importCsv(session, csv), System.out);
        }
        return null;
    }
}
