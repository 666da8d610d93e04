package org.poliin.core.internal.shell;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.poliin.core.internal.health.DatabaseBackup;

@Command(scope = "poliin", name = "db-backup",
        description = "Backs up the embedded Derby database online into a new folder of the given directory")
@Service
public class BackupCommand implements Action {

    @Argument(index = 0, name = "directory", required = true, description = "Where to put the backup folder")
    String directory;

    @Reference
    DatabaseBackup backup;

    @Override
    public Object execute() throws Exception {
        Path target = backup.backup(Path.of(directory));
        System.out.println("Backup written to " + target);
        return null;
    }
}
