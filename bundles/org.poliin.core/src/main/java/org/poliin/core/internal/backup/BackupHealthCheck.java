package org.poliin.core.internal.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.poliin.core.internal.backup.DatabaseBackup.Outcome;

/**
 * The last successful backup and its age (from the folders on disk, so it survives a restart, or from
 * this run's backups); WARN, while a schedule is configured, when the last scheduled backup failed or the
 * schedule is not usable.
 */
@Component(service = HealthCheck.class, property = { HealthCheck.NAME + "=backup", HealthCheck.TAGS + "=poliin" })
public final class BackupHealthCheck implements HealthCheck {

    private final DatabaseBackup backups;
    private final Clock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ScheduledBackup scheduled;

    @Activate
    public BackupHealthCheck(@Reference DatabaseBackup backups) {
        this(backups, Clock.systemUTC());
    }

    BackupHealthCheck(DatabaseBackup backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    @Override
    public Result execute() {
        FormattingResultLog log = new FormattingResultLog();
        ScheduledBackup job = scheduled;
        Instant now = clock.instant();
        Optional<Instant> lastStart = backups.lastSuccess().map(Outcome::started);
        Optional<Path> lastFolder = backups.lastSuccess().map(Outcome::folder);
        if (job == null) {
            log.info("No backup is scheduled (configure {}; see docs/operations.md)", ScheduledBackup.PID);
        } else {
            job.problem().ifPresent(problem -> log.warn("No backup is scheduled: {}", problem));
            if (job.problem().isEmpty()) {
                log.info("Backups are scheduled ({}) into {}, keeping {}", job.schedule(), job.directory(),
                        job.keep() == 0 ? "all" : Integer.toString(job.keep()));
            }
            try {
                List<Path> onDisk = DatabaseBackup.completeBackups(job.directory());
                if (!onDisk.isEmpty()) {
                    Path newest = onDisk.get(onDisk.size() - 1);
                    Instant started = DatabaseBackup.startOf(newest).orElseThrow();
                    if (lastStart.isEmpty() || started.isAfter(lastStart.get())) {
                        lastStart = Optional.of(started);
                        lastFolder = Optional.of(newest);
                    }
                }
            } catch (IOException e) {
                log.warn("The backup directory {} cannot be read: {}", job.directory(), e.getMessage());
            }
        }
        if (lastStart.isPresent()) {
            log.info("Last successful backup: {}, started {} ({} ago)", lastFolder.get(), lastStart.get(),
                    age(Duration.between(lastStart.get(), now)));
        } else if (job != null) {
            log.info("No successful backup yet");
        }
        if (job != null) {
            backups.lastScheduled().filter(outcome -> !outcome.succeeded()).ifPresent(failed -> log.warn(
                    "The last scheduled backup, started {}, failed: {}", failed.started(), failed.error()));
        }
        return new Result(log);
    }

    /** An age a person reads at a glance: 3 d 4 h, 2 h 5 min, 40 s. */
    static String age(Duration age) {
        Duration positive = age.isNegative() ? Duration.ZERO : age;
        if (positive.toDays() > 0) {
            return positive.toDays() + " d " + positive.toHoursPart() + " h";
        }
        if (positive.toHours() > 0) {
            return positive.toHours() + " h " + positive.toMinutesPart() + " min";
        }
        if (positive.toMinutes() > 0) {
            return positive.toMinutes() + " min " + positive.toSecondsPart() + " s";
        }
        return positive.toSeconds() + " s";
    }
}
