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
import org.poliin.outreach.internal.service.SchoolService;

@Command(scope = "outreach", name = "import-schools",
        description = "Imports high schools from a CSV file (UTF-8; header code,name,locality_code[,locality_name,"
                + "county,population,locality_type,address,email,phone,website])")
@Service
public class ImportSchoolsCommand implements Action {

    @Argument(index = 0, name = "file", required = true, description = "The CSV file")
    @Completion(FileCompleter.class)
    String file;

    @Reference
    SchoolService schools;

    @Override
    public Object execute() throws Exception {
        try (Reader csv = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            ImportReports.run(() -> schools.importCsv(csv), System.out);
        }
        return null;
    }
}
