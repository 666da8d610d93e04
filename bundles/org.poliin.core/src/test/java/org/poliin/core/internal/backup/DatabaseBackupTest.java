package org.poliin.core.internal.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.poliin.core.internal.backup.DatabaseBackup.Outcome;
import org.poliin.core.internal.backup.DatabaseBackup.Trigger;
import org.poliin.testing.RecordingAuditLog;

class DatabaseBackupTest {

    @TempDir
    Path directory;

    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-03-01T02:00:00Z"));
    private final List<Path> copiedInto = new ArrayList<>();

    /** Writes what Derby writes: a folder named after the database, with files in it. */
    private final DatabaseBackup.Copier derbyLike = folder -> {
        copiedInto.add(folder);
        Path database = Files.createDirectories(folder.resolve("derby/seg0"));
        Files.writeString(database.resolve("c10.dat"), "pages");
        Files.writeString(folder.resolve("derby/service.properties"), "derby");
    };

    @Test
    void aBackupIsWrittenUnderATemporaryNameAndRenamedWhenComplete() throws Exception {
        List<String> seenWhileCopying = new ArrayList<>();
        DatabaseBackup backups = new DatabaseBackup(folder -> {
            derbyLike.copyInto(folder);
            seenWhileCopying.addAll(names(directory));
            assertThat(DatabaseBackup.completeBackups(directory)).as("a backup in progress never counts").isEmpty();
        }, audit, clock);

        Outcome outcome = backups.backup(directory, 0, Trigger.SHELL);

        assertThat(copiedInto).singleElement().satisfies(folder -> assertThat(folder.getFileName().toString())
                .isEqualTo("poliin-20260301-020000-000Z.partial"));
        assertThat(seenWhileCopying).containsExactly("poliin-20260301-020000-000Z.partial");
        assertThat(names(directory)).containsExactly("poliin-20260301-020000-000Z");
        assertThat(outcome.folder()).isEqualTo(directory.resolve("poliin-20260301-020000-000Z"));
        assertThat(outcome.folder().resolve("derby/seg0/c10.dat")).hasContent("pages");
        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.started()).isEqualTo(Instant.parse("2026-03-01T02:00:00Z"));
        assertThat(DatabaseBackup.startOf(outcome.folder())).contains(outcome.started());
        assertThat(backups.lastSuccess()).contains(outcome);
        assertThat(backups.lastScheduled()).as("a shell backup is not a scheduled one").isEmpty();
        assertThat(audit.actions()).containsExactly("database.backup");
        assertThat(audit.records().get(0).detail()).contains("SHELL", outcome.folder().toString());
    }

    @Test
    void aFailedBackupLeavesNothingBehindAndKeepsTheEarlierOnes() throws Exception {
        DatabaseBackup good = new DatabaseBackup(derbyLike, audit, clock);
        Outcome earlier = good.backup(directory, 1, Trigger.SCHEDULE);
        clock.advance(Duration.ofDays(1));
        DatabaseBackup failing = new DatabaseBackup(folder -> {
            Files.createDirectories(folder.resolve("derby/seg0"));
            Files.writeString(folder.resolve("derby/seg0/c10.dat"), "half of the pages");
            throw new SQLException("No space left on device");
        }, audit, clock);

        assertThatThrownBy(() -> failing.backup(directory, 1, Trigger.SCHEDULE)).isInstanceOf(SQLException.class)
                .hasMessage("No space left on device");

        assertThat(names(directory)).as("the half-written copy is gone; the earlier backup stays, keep or not")
                .containsExactly(earlier.folder().getFileName().toString());
        assertThat(failing.lastScheduled()).hasValueSatisfying(outcome -> {
            assertThat(outcome.succeeded()).isFalse();
            assertThat(outcome.error()).isEqualTo("No space left on device");
        });
        assertThat(failing.lastSuccess()).isEmpty();
        assertThat(audit.actions()).containsExactly("database.backup", "database.backup.failed");
    }

    @Test
    void onlyTheNewestKeepCompleteBackupsStayAndLeftoversOfACrashGo() throws Exception {
        DatabaseBackup backups = new DatabaseBackup(derbyLike, audit, clock);
        // a crash in the middle of an earlier backup, and things that are not backups at all
        Files.createDirectories(directory.resolve("poliin-20260228-020000-000Z.partial/derby"));
        Files.createDirectories(directory.resolve("poliin-by-hand"));
        Files.writeString(directory.resolve("README.txt"), "backups of the platform");
        assertThat(DatabaseBackup.completeBackups(directory)).as("a half-written backup never counts").isEmpty();

        List<Outcome> outcomes = new ArrayList<>();
        for (int night = 0; night < 5; night++) {
            outcomes.add(backups.backup(directory, 3, Trigger.SCHEDULE));
            clock.advance(Duration.ofDays(1));
        }

        assertThat(DatabaseBackup.completeBackups(directory)).containsExactly(outcomes.get(2).folder(),
                outcomes.get(3).folder(), outcomes.get(4).folder());
        assertThat(names(directory)).containsExactlyInAnyOrder("poliin-20260303-020000-000Z",
                "poliin-20260304-020000-000Z", "poliin-20260305-020000-000Z", "poliin-by-hand", "README.txt");
        assertThat(outcomes.get(0).deleted()).as("the crash's leftover goes with the first successful backup")
                .containsExactly(directory.resolve("poliin-20260228-020000-000Z.partial"));
        assertThat(outcomes.get(3).deleted()).containsExactly(outcomes.get(0).folder());
        assertThat(outcomes.get(4).deleted()).containsExactly(outcomes.get(1).folder());
    }

    @Test
    void keepZeroKeepsEveryBackupAndTwoBackupsInOneMillisecondGetTwoFolders() throws Exception {
        DatabaseBackup backups = new DatabaseBackup(derbyLike, audit, clock);

        Outcome first = backups.backup(directory, 0, Trigger.SHELL);
        Outcome second = backups.backup(directory, 0, Trigger.SHELL);
        clock.advance(Duration.ofHours(1));
        Outcome third = backups.backup(directory, 0, Trigger.SHELL);

        assertThat(DatabaseBackup.completeBackups(directory)).containsExactly(first.folder(), second.folder(),
                third.folder());
        assertThat(second.folder().getFileName().toString()).isEqualTo("poliin-20260301-020000-001Z");
    }

    @Test
    void aDirectoryThatCannotBeCreatedIsAFailedBackupToo() throws Exception {
        Path notADirectory = Files.writeString(directory.resolve("a-file"), "in the way");
        DatabaseBackup backups = new DatabaseBackup(derbyLike, audit, clock);

        assertThatThrownBy(() -> backups.backup(notADirectory.resolve("backups"), 2, Trigger.SCHEDULE))
                .isInstanceOf(IOException.class);

        assertThat(copiedInto).isEmpty();
        assertThat(backups.lastScheduled()).hasValueSatisfying(outcome -> assertThat(outcome.succeeded()).isFalse());
        assertThat(audit.actions()).containsExactly("database.backup.failed");
    }

    @Test
    void aNegativeKeepIsRefusedBeforeAnythingIsWritten() {
        DatabaseBackup backups = new DatabaseBackup(derbyLike, audit, clock);

        assertThatThrownBy(() -> backups.backup(directory, -1, Trigger.SHELL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keep");
        assertThat(copiedInto).isEmpty();
    }

    @Test
    void theAgeOfTheLastBackupReadsAtAGlance() {
        assertThat(BackupHealthCheck.age(Duration.ofSeconds(40))).isEqualTo("40 s");
        assertThat(BackupHealthCheck.age(Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
        assertThat(BackupHealthCheck.age(Duration.ofHours(76))).isEqualTo("3 d 4 h");
        assertThat(BackupHealthCheck.age(Duration.ofSeconds(-3))).as("clocks that disagree a little").isEqualTo("0 s");
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    /** A clock that moves only when told to. */
    private static final class SteppingClock extends Clock {

        private Instant now;

        SteppingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
