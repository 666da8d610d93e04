package org.poliin.core.internal.health;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.module.ModuleIds;

/**
 * Online backup of the embedded Derby database: Derby copies a consistent image while the platform
 * keeps running (writers wait only for the copy of each page). PostgreSQL is backed up with its own
 * tools instead.
 */
@Component(service = DatabaseBackup.class)
public final class DatabaseBackup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS");

    private final DataSource dataSource;
    private final AuditLog audit;

    @Activate
    public DatabaseBackup(@Reference(target = "(osgi.jndi.service.name=poliin)") DataSource dataSource,
            @Reference AuditLog audit) {
        this.dataSource = dataSource;
        this.audit = audit;
    }

    /** Backs the database up into a new folder under {@code directory}; returns that folder. */
    public Path backup(Path directory) throws SQLException, java.io.IOException {
        Path target = directory.toAbsolutePath().resolve("poliin-" + LocalDateTime.now().format(STAMP));
        Files.createDirectories(target);
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"Apache Derby".equals(product)) {
                throw new SQLException("Online backup from the platform works on the embedded Derby database only; "
                        + "back up " + product + " with its own tools");
            }
            try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                call.setString(1, target.toString());
                call.execute();
            }
        }
        audit.record(new AuditRecord("database.backup", null, null, ModuleIds.CORE, target.toString()));
        return target;
    }
}
