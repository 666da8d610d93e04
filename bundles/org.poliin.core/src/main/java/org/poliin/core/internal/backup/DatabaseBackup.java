package org.poliin.core.internal.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.poliin.api.audit.AuditLog;
import org.poliin.api.audit.AuditRecord;
import org.poliin.api.module.ModuleIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups of the embedded Derby database, for the shell command and the scheduled job alike.
 * Derby copies a consistent image while the platform keeps running (writers wait only for the copy of
 * each page); PostgreSQL is backed up with its own tools instead.
 * <p>
 * Each backup gets its own folder {@code poliin-<UTC start time>} in the given directory. It is written
 * under the name {@code poliin-<stamp>.partial} and renamed when Derby has finished, so a folder without
 * the suffix is always a complete backup; a half-written one (a failure, a crash) never counts and is
 * removed. After a successful backup the oldest complete backups beyond {@code keep} are deleted.
 * One backup runs at a time.
 */
@Component(service = DatabaseBackup.class)
public final class DatabaseBackup {

    /** Where the copy goes: Derby writes a subfolder named after the database ({@code derby}). */
    @FunctionalInterface
    interface Copier {
        void copyInto(Path folder) throws SQLException, IOException;
    }

    /** Who asked for a backup. */
    public enum Trigger {
        SHELL, SCHEDULE
    }

    /** What a backup came to: a complete folder, or the failure's message. */
    public record Outcome(Trigger trigger, Instant started, Instant finished, Path folder, String error,
            List<Path> deleted) {

        public boolean succeeded() {
            return error == null;
        }
    }

    static final String PREFIX = "poliin-";
    static final String PARTIAL = ".partial";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern COMPLETE = Pattern.compile("poliin-(\\d{8}-\\d{6}-\\d{3}Z)");
    private static final Pattern HALF_WRITTEN = Pattern.compile("poliin-\\d{8}-\\d{6}-\\d{3}Z\\.partial");

    private final Copier copier;
    private final AuditLog audit;
    private final Clock clock;
    private final ReentrantLock oneAtATime = new ReentrantLock();
    private volatile Outcome lastSuccess;
    private volatile Outcome lastScheduled;

    @Activate
    public DatabaseBackup(@Reference(target = "(osgi.jndi.service.name=poliin)") DataSource dataSource,
            @Reference AuditLog audit) {
        this(folder -> derbyBackup(dataSource, folder), audit, Clock.systemUTC());
    }

    DatabaseBackup(Copier copier, AuditLog audit, Clock clock) {
        this.copier = copier;
        this.audit = audit;
        this.clock = clock;
    }

    /** The directory used when none is configured or given: {@code ${karaf.data}/backup}. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty("karaf.data", "data"), "backup").toAbsolutePath();
    }

    /**
     * Backs the database up into a new folder under {@code directory}, then keeps only the newest
     * {@code keep} complete backups there (0 keeps all). Failures are logged, audited when the database
     * still takes it, remembered for the health check, and thrown.
     */
    public Outcome backup(Path directory, int keep, Trigger trigger) throws IOException, SQLException {
        if (keep < 0) {
            throw new IllegalArgumentException("keep must be 0 (keep all) or more, not " + keep);
        }
        Path base = directory.toAbsolutePath().normalize();
        oneAtATime.lock();
        try {
            Instant started = clock.instant();
            Path complete = base.resolve(PREFIX + STAMP.format(started));
            while (Files.exists(complete) || Files.exists(partialOf(complete))) {
                started = started.plusMillis(1);
                complete = base.resolve(PREFIX + STAMP.format(started));
            }
            Path partial = partialOf(complete);
            LOG.info("Database backup ({}) started into {}", trigger, partial);
            try {
                Files.createDirectories(base);
                Files.createDirectory(partial);
                copier.copyInto(partial);
                Files.move(partial, complete, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | SQLException | RuntimeException e) {
                Outcome failed = new Outcome(trigger, started, clock.instant(), complete, describe(e), List.of());
                remember(failed);
                deleteQuietly(partial);
                LOG.error("Database backup ({}) into {} failed; nothing was kept of it", trigger, base, e);
                auditQuietly(new AuditRecord("database.backup.failed", null, null, ModuleIds.CORE,
                        trigger + " " + base + ": " + failed.error()));
                throw e;
            }
            List<Path> deleted = List.of();
            try {
                deleted = keep == 0 ? List.of() : prune(base, keep);
            } catch (IOException e) {
                LOG.warn("Database backup ({}) written to {}, but older backups could not all be deleted", trigger,
                        complete, e);
            }
            Outcome done = new Outcome(trigger, started, clock.instant(), complete, null, deleted);
            remember(done);
            audit.record(new AuditRecord("database.backup", null, null, ModuleIds.CORE, trigger + " " + complete
                    + (deleted.isEmpty() ? "" : "; older backups deleted: " + deleted.size())));
            LOG.info("Database backup ({}) written to {}; {} older backups deleted", trigger, complete, deleted.size());
            return done;
        } finally {
            oneAtATime.unlock();
        }
    }

    /** The complete backups in a directory, oldest first (half-written folders and other files do not count). */
    public static List<Path> completeBackups(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(path -> Files.isDirectory(path) && startOf(path).isPresent())
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList();
        }
    }

    /** When the backup in this folder started, read from its name; empty for anything but a complete backup. */
    public static Optional<Instant> startOf(Path folder) {
        Matcher name = COMPLETE.matcher(folder.getFileName().toString());
        if (!name.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(STAMP.parse(name.group(1))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The last backup that succeeded since the platform started (shell or schedule). */
    public Optional<Outcome> lastSuccess() {
        return Optional.ofNullable(lastSuccess);
    }

    /** The last scheduled backup since the platform started, whatever came of it. */
    public Optional<Outcome> lastScheduled() {
        return Optional.ofNullable(lastScheduled);
    }

    private void remember(Outcome outcome) {
        if (outcome.succeeded()) {
            lastSuccess = outcome;
        }
        if (outcome.trigger() == Trigger.SCHEDULE) {
            lastScheduled = outcome;
        }
    }

    /**
     * Deletes the complete backups beyond the newest {@code keep}, and half-written folders left by a crash
     * (none can be in progress: one backup runs at a time). Called with the lock held.
     */
    private List<Path> prune(Path directory, int keep) throws IOException {
        List<Path> deleted = new ArrayList<>();
        List<Path> complete = completeBackups(directory);
        for (Path old : complete.subList(0, Math.max(0, complete.size() - keep))) {
            deleteTree(old);
            deleted.add(old);
        }
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path leftover : entries.filter(path -> HALF_WRITTEN.matcher(path.getFileName().toString()).matches())
                    .toList()) {
                deleteTree(leftover);
                deleted.add(leftover);
            }
        }
        return deleted;
    }

    private static Path partialOf(Path complete) {
        return complete.resolveSibling(complete.getFileName() + PARTIAL);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path each : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }

    private static void deleteQuietly(Path root) {
        try {
            deleteTree(root);
        } catch (IOException e) {
            LOG.warn("Could not remove the half-written backup {}; the next successful backup removes it", root, e);
        }
    }

    private void auditQuietly(AuditRecord record) {
        try {
            audit.record(record);
        } catch (RuntimeException e) {
            LOG.warn("The failed backup could not be audited either: {}", e.getMessage());
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void derbyBackup(DataSource dataSource, Path folder) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"Apache Derby".equals(product)) {
                throw new SQLException("Online backup from the platform works on the embedded Derby database only; "
                        + "back up " + product + " with its own tools (pg_dump for PostgreSQL)");
            }
            try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                call.setString(1, folder.toString());
                call.execute();
            }
        }
    }
}
