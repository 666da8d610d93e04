package org.poliin.core.internal.backup;

import java.nio.file.Path;
import java.util.Optional;

import org.apache.karaf.scheduler.Scheduler;
import org.apache.karaf.scheduler.SchedulerError;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.poliin.core.internal.backup.DatabaseBackup.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled backup (PID {@value #PID}): runs {@link DatabaseBackup} on the configured cron expression
 * through the Karaf scheduler, never two at once. Without the configuration this job does not exist. A
 * schedule the scheduler refuses is logged and reported by the {@code backup} health check.
 */
@Component(service = ScheduledBackup.class, immediate = true, configurationPid = ScheduledBackup.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = BackupConfiguration.class)
public final class ScheduledBackup implements Runnable {

    public static final String PID = "org.poliin.backup";

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledBackup.class);

    private final DatabaseBackup backups;
    private final Scheduler scheduler;
    private final String schedule;
    private final Path directory;
    private final int keep;
    private final String jobName;
    private final String problem;

    @Activate
    public ScheduledBackup(@Reference DatabaseBackup backups, @Reference Scheduler scheduler,
            BackupConfiguration configuration) {
        this.backups = backups;
        this.scheduler = scheduler;
        this.schedule = configuration.schedule() == null ? "" : configuration.schedule().trim();
        this.directory = configuration.directory() == null || configuration.directory().isBlank()
                ? DatabaseBackup.defaultDirectory()
                : Path.of(configuration.directory().trim()).toAbsolutePath();
        this.keep = configuration.keep();
        this.jobName = "poliin-db-backup-" + System.identityHashCode(this);
        this.problem = scheduleOrExplain();
    }

    private String scheduleOrExplain() {
        if (schedule.isEmpty()) {
            LOG.error("No backup is scheduled: {} has no schedule (a cron expression such as 0 0 2 * * ?)", PID);
            return "no schedule is configured (" + PID + ": schedule)";
        }
        if (keep < 0) {
            LOG.error("No backup is scheduled: keep = {} in {} (0 keeps every backup, 1 or more keeps that many)",
                    keep, PID);
            return "keep = " + keep + " is not valid (0 keeps all, 1 or more keeps that many)";
        }
        try {
            scheduler.schedule(this, scheduler.EXPR(schedule).name(jobName).canRunConcurrently(false));
        } catch (RuntimeException | SchedulerError e) {
            LOG.error("No backup is scheduled: the scheduler refuses the schedule '{}' of {}", schedule, PID, e);
            return "the schedule '" + schedule + "' is not a valid cron expression: " + e.getMessage();
        }
        LOG.info("Database backups scheduled ({}) into {}, keeping {}", schedule, directory,
                keep == 0 ? "all" : Integer.toString(keep));
        return null;
    }

    @Deactivate
    void deactivate() {
        if (problem == null) {
            scheduler.unschedule(jobName);
        }
    }

    @Override
    public void run() {
        try {
            backups.backup(directory, keep, Trigger.SCHEDULE);
        } catch (Exception e) {
            // DatabaseBackup has logged and remembered it; the health check shows it
            LOG.debug("Scheduled backup failed", e);
        }
    }

    public String schedule() {
        return schedule;
    }

    public Path directory() {
        return directory;
    }

    public int keep() {
        return keep;
    }

    /** Why nothing is scheduled, if the configuration is not usable. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }
}
