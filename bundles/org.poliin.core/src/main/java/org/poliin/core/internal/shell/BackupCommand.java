package org.poliin.core.internal.shell;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.poliin.core.internal.backup.DatabaseBackup;
import org.poliin.core.internal.backup.DatabaseBackup.Outcome;
import org.poliin.core.internal.backup.DatabaseBackup.Trigger;
import org.poliin.core.internal.backup.ScheduledBackup;

@Command(scope = "poliin", name = "db-backup",
        description = "Backs up the embedded Derby database online into a new folder of the given directory")
@Service
public class BackupCommand implements Action {

    @Argument(index = 0, name = "directory", required = false,
            description = "Where to put the backup folder; default: the directory of org.poliin.backup, "
                    + "else ${karaf.data}/backup")
    String directory;

    @Option(name = "--keep", description = "Then keep only this many complete backups in the directory "
            + "(0, the default, deletes none)")
    int keep;

    @Reference
    DatabaseBackup backup;

    @Reference(optional = true)
    ScheduledBackup scheduled;

    @Override
    public Object execute() throws Exception {
        if (keep < 0) {
            System.err.println("--keep must be 0 (delete none) or more");
            return null;
        }
        Path target = directory != null ? Path.of(directory)
                : scheduled != null ? scheduled.directory() : DatabaseBackup.defaultDirectory();
        Outcome outcome = backup.backup(target, keep, Trigger.SHELL);
        System.out.println("Backup written to " + outcome.folder());
        if (!outcome.deleted().isEmpty()) {
            System.out.println("Older backups deleted: " + outcome.deleted().size());
        }
        return null;
    }
}
