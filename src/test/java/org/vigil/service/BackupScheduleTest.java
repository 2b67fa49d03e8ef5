package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Outcome;
import org.vigil.domain.Role;
import org.vigil.domain.SettingKeys;
import org.vigil.service.BackupSchedule.AlarmKind;
import org.vigil.service.BackupSchedule.BackupAlarm;
import org.vigil.service.Backups.BackupSummary;

@DisplayName("SETUP-1 the daily backup while Vigil runs")
class BackupScheduleTest {

    /** 08:00 UTC on the test clinic's first morning; the schedule runs at 22:00 clock time (UTC). */
    private static final Instant MORNING = TestClinic.MORNING;

    @TempDir
    Path root;
    private TestClinic clinic;
    private Path folder;
    private BackupSchedule schedule;

    @BeforeEach
    void clinicWithFolder() {
        clinic = TestClinic.setUp(root.resolve("clinic"));
        clinic.services().backups().setBackupPassphrase(clinic.admin(), BackupRestoreTest.PASSPHRASE.toCharArray(),
                BackupRestoreTest.PASSPHRASE.toCharArray()).value();
        folder = root.resolve("backups");
        set(SettingKeys.BACKUP_FOLDER, folder.toString());
        schedule = clinic.services().backupSchedule();
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    private void set(String key, String value) {
        clinic.services().settings().change(clinic.admin(), key, value, "test").value();
    }

    private void at(String instant) {
        clinic.clock.set(Instant.parse(instant));
    }

    private List<String> filesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @DisplayName("nothing is owed before the set time; at the time it is taken once, and not again that day")
    void dueAtTheSetTime() throws Exception {
        Instant watching = MORNING;
        at("2025-03-03T21:59:30Z");
        assertThat(schedule.runIfDue(watching)).isEmpty();
        at("2025-03-03T22:00:10Z");
        Optional<Outcome<BackupSummary>> taken = schedule.runIfDue(watching);
        assertThat(taken).hasValueSatisfying(o -> assertThat(o.isDone()).isTrue());
        assertThat(filesIn(folder)).containsExactly("vigil-backup-20250303-2200.zip");
        assertThat(clinic.lastEvent().action()).isEqualTo("BACKUP_CREATED");
        assertThat(clinic.lastEvent().username()).isEqualTo(BackupSchedule.OPERATOR);
        at("2025-03-03T23:30:00Z");
        assertThat(schedule.runIfDue(watching)).isEmpty();
        assertThat(schedule.openAlarms()).isEmpty();
        at("2025-03-04T22:00:00Z");
        assertThat(schedule.runIfDue(watching)).isPresent();
        assertThat(filesIn(folder)).hasSize(2);
    }

    @Test
    @DisplayName("a time that passed while Vigil was not running is taken at the next start, recorded as missed and raised as a high alarm")
    void missedWhileOff() throws Exception {
        // Vigil ran on Monday morning, closed, and starts again on Tuesday at 08:00: Monday's 22:00 was missed.
        at("2025-03-04T08:00:00Z");
        clinic.reopen();
        schedule = clinic.services().backupSchedule();
        Optional<Outcome<BackupSummary>> taken = schedule.runIfDue(clinic.clock.instant());
        assertThat(taken).hasValueSatisfying(o -> assertThat(o.isDone()).isTrue());
        assertThat(clinic.actions()).containsSubsequence("BACKUP_MISSED", "BACKUP_CREATED");
        List<BackupAlarm> alarms = schedule.openAlarms();
        assertThat(alarms).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlarmKind.MISSED);
            assertThat(a.dueAt()).isEqualTo(Instant.parse("2025-03-03T22:00:00Z"));
        });
        assertThat(filesIn(folder)).containsExactly("vigil-backup-20250304-0800.zip");
        // An administrator acknowledges it: recorded as who, and the alarm is gone, also after a restart.
        schedule.acknowledge(clinic.admin(), alarms.getFirst().seq()).value();
        assertThat(clinic.lastEvent().action()).isEqualTo("BACKUP_ALARM_ACKNOWLEDGED");
        assertThat(clinic.lastEvent().username()).isEqualTo(TestClinic.ADMIN);
        clinic.reopen();
        assertThat(clinic.services().backupSchedule().openAlarms()).isEmpty();
    }

    @Test
    @DisplayName("a time before the folder was chosen is not owed")
    void notOwedBeforeConfigured() {
        at("2025-03-03T07:00:00Z");
        assertThat(schedule.runIfDue(MORNING)).isEmpty();
        assertThat(schedule.openAlarms()).isEmpty();
    }

    @Test
    @DisplayName("keeps the newest N of its own files and never deletes a file it did not write")
    void keepsNewest() throws Exception {
        set(SettingKeys.BACKUP_KEEP, "2");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("vigil-backup-19990101-0000.zip"), "someone else's, named like ours");
        Files.writeString(folder.resolve("notes.txt"), "the IT person's notes");
        for (int day = 3; day <= 6; day++) {
            at("2025-03-0" + day + "T22:00:05Z");
            assertThat(schedule.runIfDue(MORNING)).hasValueSatisfying(o -> assertThat(o.isDone()).isTrue());
        }
        assertThat(filesIn(folder)).containsExactly("notes.txt", "vigil-backup-19990101-0000.zip",
                "vigil-backup-20250305-2200.zip", "vigil-backup-20250306-2200.zip");
        assertThat(clinic.actions().stream().filter("BACKUP_REMOVED"::equals)).hasSize(2);
        // A backup an administrator took into the folder from the window is theirs to keep.
        clinic.clock.advance(Duration.ofMinutes(5));
        schedule.backupNowToFolder(clinic.admin()).value();
        at("2025-03-07T22:00:05Z");
        schedule.runIfDue(MORNING).orElseThrow().value();
        assertThat(filesIn(folder)).contains("vigil-backup-20250306-2205.zip").hasSize(5);
    }

    @Test
    @DisplayName("a failed daily backup is recorded with its reason and raised as a high alarm; it is not retried every half minute")
    void failureAlarm() throws Exception {
        // A file where the folder should be: nothing can be written into it.
        Files.writeString(folder, "not a folder");
        at("2025-03-03T22:00:05Z");
        Outcome<BackupSummary> failed = schedule.runIfDue(MORNING).orElseThrow();
        assertThat(failed.isDone()).isFalse();
        String why = failed.refusalOrNull().messageKey();
        assertThat(clinic.lastEvent().action()).isEqualTo("BACKUP_FAILED");
        assertThat(schedule.openAlarms()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlarmKind.FAILED);
            assertThat(a.why().messageKey()).isEqualTo(why);
        });
        at("2025-03-03T22:00:35Z");
        assertThat(schedule.runIfDue(MORNING)).isEmpty();
        assertThat(schedule.plan(clinic.admin()).value().last()).hasValueSatisfying(last -> assertThat(last.written()).isFalse());
    }

    @Test
    @DisplayName("ROLE-2 only an administrator takes a backup from the window or acknowledges a backup alarm")
    void onlyAdministrators() {
        var nurse = clinic.person("nora", "a long nurse password 1", Role.NURSE);
        assertThat(schedule.backupNow(nurse, root.resolve("x.zip")).refusalOrNull().ruleId()).isEqualTo("ROLE-2");
        assertThat(schedule.plan(nurse).refusalOrNull().ruleId()).isEqualTo("ROLE-2");
        assertThat(Files.exists(root.resolve("x.zip"))).isFalse();
        assertThat(schedule.backupNow(clinic.admin(), root.resolve("x.zip")).isDone()).isTrue();
    }

    @Test
    @DisplayName("SETUP-2 without a backup passphrase the daily backup is refused with its reason and raised as an alarm")
    void noPassphrase() {
        clinic.close();
        clinic = TestClinic.setUp(root.resolve("other"), "Other Clinic");
        set(SettingKeys.BACKUP_FOLDER, folder.toString());
        at("2025-03-03T22:00:05Z");
        Outcome<BackupSummary> refused = clinic.services().backupSchedule().runIfDue(MORNING).orElseThrow();
        assertThat(refused.refusalOrNull().messageKey()).isEqualTo("backup.noPassphrase");
        assertThat(clinic.services().backupSchedule().openAlarms()).singleElement()
                .satisfies(a -> assertThat(a.why().messageKey()).isEqualTo("backup.noPassphrase"));
    }

    @Test
    @DisplayName("OFF or no folder: no daily backup")
    void offMeansOff() {
        set(SettingKeys.BACKUP_SCHEDULE_ENABLED, "OFF");
        at("2025-03-03T22:00:05Z");
        assertThat(schedule.runIfDue(MORNING)).isEmpty();
        set(SettingKeys.BACKUP_SCHEDULE_ENABLED, "ON");
        set(SettingKeys.BACKUP_FOLDER, "");
        at("2025-03-04T22:00:05Z");
        assertThat(schedule.runIfDue(MORNING)).isEmpty();
    }

    @Test
    @DisplayName("the runner takes the daily backup on its own thread and tells the window")
    void runnerOnItsOwnThread() throws Exception {
        BackupRunner runner = new BackupRunner(schedule, clinic.clock);
        java.util.concurrent.CompletableFuture<String> thread = new java.util.concurrent.CompletableFuture<>();
        runner.onChange(() -> thread.complete(Thread.currentThread().getName()));
        at("2025-03-03T22:00:05Z");
        runner.start();
        assertThat(thread.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("vigil-backup");
        runner.close();
        // Started after 22:00 on the same clock: that slot passed while nobody watched.
        assertThat(schedule.openAlarms()).extracting(BackupAlarm::kind).containsExactly(AlarmKind.MISSED);
        assertThat(filesIn(folder)).hasSize(1);
    }
}
