package org.vigil.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.BackupTimetable;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.SettingValue;
import org.vigil.domain.Settings;
import org.vigil.service.Backups.BackupSummary;
import org.vigil.store.BackupLog;
import org.vigil.store.Database;
import org.vigil.store.SettingStore;

/**
 * Backups while Vigil is open (SETUP-1): the daily backup at the set time, a backup an
 * administrator asks for in the window, and one asked for from the command line through the
 * running Vigil. One backup runs at a time, whoever asked. What happened is read back from the
 * audit trail, so the last backup, a failure and a missed day survive a restart.
 *
 * <p>The daily backup keeps the newest {@code backup.keep} of its own files in the folder; it
 * knows its own files by the audit events it wrote, and never deletes a file it did not write.
 * A failed or missed daily backup is a high alarm to the administrator until one acknowledges it.
 */
public final class BackupSchedule {

    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);

    /** Who the audit trail names for the daily backup. */
    public static final String OPERATOR = "vigil:schedule";
    /** The schedule's files start so: a second guard, after the audit trail, before anything is deleted. */
    public static final String FILE_PREFIX = "vigil-backup-";
    static final String FILE_SUFFIX = ".zip";
    /** How many of the latest backup events are read: far more than any keep count, still one small indexed read. */
    private static final int HISTORY = 2_000;

    private static final String FAILED = "BACKUP_FAILED";
    private static final String MISSED = "BACKUP_MISSED";
    private static final String CREATED = "BACKUP_CREATED";
    private static final String REMOVED = "BACKUP_REMOVED";
    private static final String ACKNOWLEDGED = "BACKUP_ALARM_ACKNOWLEDGED";
    /** The audit reason of a failure says who asked: the alarm is for the schedule's. */
    static final String BY_SCHEDULE = "schedule";
    static final String BY_WINDOW = "window";
    static final String BY_COMMAND = "command line, through the running Vigil";

    /** Why a daily backup is an alarm. */
    public enum AlarmKind { FAILED, MISSED }

    /** A failed or missed daily backup nobody has acknowledged yet; {@code why} is null for a missed one. */
    public record BackupAlarm(long seq, AlarmKind kind, Instant at, Instant dueAt, Refusal why) {}

    /** The last backup written or attempted, by anyone; {@code why} is null when it was written. */
    public record LastBackup(Instant at, String operator, String file, Refusal why) {
        public boolean written() {
            return why == null;
        }
    }

    /** The schedule as set, and when it next runs (empty when it does not run). */
    public record Plan(Optional<Path> folder, boolean enabled, LocalTime time, int keep, Optional<Instant> next,
                       Optional<LastBackup> last) {}

    private final Database database;
    private final SettingStore settings;
    private final BackupLog backupLog;
    private final AuditWriter audit;
    private final Backups backups;
    private final ClinicSetup setup;
    private final Clock clock;
    private final Object oneAtATime = new Object();

    BackupSchedule(Database database, SettingStore settings, BackupLog backupLog, AuditWriter audit, Backups backups, ClinicSetup setup,
                   Clock clock) {
        this.database = database;
        this.settings = settings;
        this.backupLog = backupLog;
        this.audit = audit;
        this.backups = backups;
        this.setup = setup;
        this.clock = clock;
    }

    /**
     * Takes the daily backup when one is owed: called by the running Vigil every half minute and at
     * start. A slot that passed before {@code watchingSince} passed while Vigil was not running: it
     * is recorded as missed (an alarm) and taken now.
     *
     * @return the backup's outcome when one was owed
     */
    public Optional<Outcome<BackupSummary>> runIfDue(Instant watchingSince) {
        synchronized (oneAtATime) {
            Instant now = clock.instant();
            Settings current = new Settings(database.read(settings::current));
            Optional<Path> folder = folder(current);
            if (folder.isEmpty() || !enabled(current)) {
                return Optional.empty();
            }
            BackupTimetable timetable = timetable(current);
            Optional<Instant> due = timetable.lastDue(now);
            List<AuditEvent> history = database.read(tx -> backupLog.latest(tx, HISTORY));
            if (!BackupTimetable.owed(due, lastScheduledAttempt(history))) {
                return Optional.empty();
            }
            if (due.get().isBefore(watchingSince)) {
                log.warn("Daily backup due {} was missed while Vigil was not running; taking it now", due.get());
                database.write(tx -> {
                    audit.recordAnonymous(tx, null, OPERATOR, MISSED, "backup", null, null, due.get().toString(), BY_SCHEDULE);
                    return null;
                });
            }
            Path target = uniqueName(folder.get(), now, timetable);
            Outcome<BackupSummary> outcome = take(target, OPERATOR, BY_SCHEDULE);
            if (outcome.isDone()) {
                keepNewest(folder.get(), current.integer(SettingKeys.BACKUP_KEEP));
            }
            return Optional.of(outcome);
        }
    }

    /** "Back up now" in the window: an administrator's backup to a file of their choosing (ROLE-2). */
    public Outcome<BackupSummary> backupNow(Actor actor, Path target) {
        Refusal refused = audit.refuseUnless(actor, Permission.MANAGE_BACKUPS, "backups.backupNow");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        synchronized (oneAtATime) {
            return take(target, actor.username(), BY_WINDOW);
        }
    }

    /** "Back up now" to the backup folder, under the same kind of name the schedule uses (but never pruned by it). */
    public Outcome<BackupSummary> backupNowToFolder(Actor actor) {
        Optional<Path> folder = folder(new Settings(database.read(settings::current)));
        if (folder.isEmpty()) {
            return Outcome.refused(Refusal.of("SETUP-1", "backups.noFolder"));
        }
        return backupNow(actor, uniqueName(folder.get(), clock.instant(), timetable(new Settings(database.read(settings::current)))));
    }

    /**
     * A backup asked for from the command line while this Vigil has the folder (DB-1): the same
     * backup `vigil backup` takes, named as the command's operating-system user.
     */
    public Outcome<BackupSummary> requested(String operator, Path target) {
        synchronized (oneAtATime) {
            return take(target, operator, BY_COMMAND);
        }
    }

    /** A request on the loopback port without the right token: refused, and recorded as who it claimed to be (DB-1). */
    void requestRefused(String claimedUser, String why) {
        log.warn("Refused a backup request claiming to be {}: {}", claimedUser, why);
        database.write(tx -> {
            audit.recordAnonymous(tx, null, "cli:" + claimedUser, "BACKUP_REQUEST_REFUSED", "backup", null, null, null, why);
            return null;
        });
    }

    /** The schedule as set, when it runs next and the last backup (ROLE-2). */
    public Outcome<Plan> plan(Actor actor) {
        Refusal refused = audit.refuseUnless(actor, Permission.MANAGE_BACKUPS, "backups.plan");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        Settings current = new Settings(database.read(settings::current));
        List<AuditEvent> history = database.read(tx -> backupLog.latest(tx, HISTORY));
        Optional<Path> folder = folder(current);
        boolean enabled = enabled(current);
        BackupTimetable timetable = timetable(current);
        Optional<Instant> next = folder.isPresent() && enabled ? Optional.of(timetable.nextAfter(clock.instant())) : Optional.empty();
        return Outcome.done(new Plan(folder, enabled, timetable.time(), current.integer(SettingKeys.BACKUP_KEEP), next, last(history)));
    }

    /** Failed or missed daily backups nobody has acknowledged, oldest first. Holds no patient data. */
    public List<BackupAlarm> openAlarms() {
        List<AuditEvent> history = database.read(tx -> backupLog.latest(tx, HISTORY));
        Set<String> acknowledged = new HashSet<>();
        List<BackupAlarm> open = new ArrayList<>();
        for (AuditEvent e : history) {
            if (e.action().equals(ACKNOWLEDGED)) {
                acknowledged.add(e.entityId());
            }
        }
        for (AuditEvent e : history.reversed()) {
            if (acknowledged.contains(Long.toString(e.seq()))) {
                continue;
            }
            if (e.action().equals(MISSED)) {
                open.add(new BackupAlarm(e.seq(), AlarmKind.MISSED, e.at(), Instant.parse(e.newValue()), null));
            } else if (e.action().equals(FAILED) && BY_SCHEDULE.equals(e.reason())) {
                open.add(new BackupAlarm(e.seq(), AlarmKind.FAILED, e.at(), e.at(), decode(e.oldValue())));
            }
        }
        return open;
    }

    /** An administrator has seen a failed or missed backup: recorded as who and when (SETUP-1, ROLE-2). */
    public Outcome<BackupAlarm> acknowledge(Actor actor, long seq) {
        Refusal refused = audit.refuseUnless(actor, Permission.MANAGE_BACKUPS, "backups.acknowledge");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        Optional<BackupAlarm> alarm = openAlarms().stream().filter(a -> a.seq() == seq).findFirst();
        if (alarm.isEmpty()) {
            return Outcome.refused(Refusal.of("SETUP-1", "backups.alarm.gone"));
        }
        database.write(tx -> {
            audit.record(tx, actor, ACKNOWLEDGED, "audit_event", seq, null, alarm.get().kind().name(), null);
            return null;
        });
        return Outcome.done(alarm.get());
    }

    /**
     * The backups found in a folder, newest first, each opened with this clinic's keys, so one
     * that is damaged, another clinic's or under a passphrase this workstation does not hold says
     * so (ROLE-2). Files that are not Vigil backups are not listed.
     */
    public Outcome<List<BackupSummary>> folderBackups(Actor actor, Path folder) {
        Refusal refused = audit.refuseUnless(actor, Permission.MANAGE_BACKUPS, "backups.list");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return Outcome.done(backups.backupsIn(folder));
    }

    /** Whether a backup can be written: the clinic's backup passphrase is set on this workstation (SETUP-2). */
    public boolean hasPassphrase() {
        return backups.hasBackupPassphrase();
    }

    /** One backup, whoever asked; a failure is recorded with its reason and never thrown at the caller. */
    private Outcome<BackupSummary> take(Path target, String operator, String by) {
        Outcome<BackupSummary> outcome;
        try {
            outcome = backups.backup(target, operator);
        } catch (RuntimeException e) {
            log.error("Backup to {} failed", target, e);
            outcome = Outcome.refused(Refusal.of("SETUP-1", "backups.failed", target.toAbsolutePath()));
        }
        if (outcome instanceof Outcome.Refused<BackupSummary> refused) {
            Refusal why = refused.refusal();
            database.write(tx -> {
                audit.recordAnonymous(tx, null, operator, FAILED, "backup", null, encode(why), target.toAbsolutePath().toString(), by);
                return null;
            });
        }
        return outcome;
    }

    /**
     * Keeps the newest {@code keep} files the schedule wrote into this folder. Its files are the
     * ones its own BACKUP_CREATED events name; anything else in the folder is left alone.
     */
    private void keepNewest(Path folder, int keep) {
        List<AuditEvent> history = database.read(tx -> backupLog.latest(tx, HISTORY));
        Path here = folder.toAbsolutePath().normalize();
        List<Path> ours = new ArrayList<>();
        for (AuditEvent e : history) {
            if (!e.action().equals(CREATED) || !OPERATOR.equals(e.username()) || e.entityId() == null) {
                continue;
            }
            Path file = Path.of(e.entityId()).toAbsolutePath().normalize();
            if (file.getParent() != null && file.getParent().equals(here) && file.getFileName().toString().startsWith(FILE_PREFIX)
                    && !ours.contains(file)) {
                ours.add(file);
            }
        }
        for (Path old : ours.subList(Math.min(keep, ours.size()), ours.size())) {
            try {
                if (Files.deleteIfExists(old)) {
                    database.write(tx -> {
                        audit.recordAnonymous(tx, null, OPERATOR, REMOVED, "backup", null, null, old.toString(), "keep " + keep);
                        return null;
                    });
                }
            } catch (IOException e) {
                // Kept, not lost: the next day tries again; the administrator sees it in the folder.
                log.warn("Could not remove old backup {}", old, e);
            }
        }
    }

    private static Optional<Instant> lastScheduledAttempt(List<AuditEvent> history) {
        return history.stream()
                .filter(e -> (e.action().equals(CREATED) && OPERATOR.equals(e.username()))
                        || (e.action().equals(FAILED) && BY_SCHEDULE.equals(e.reason())))
                .map(AuditEvent::at).findFirst();
    }

    private static Optional<LastBackup> last(List<AuditEvent> history) {
        return history.stream().filter(e -> e.action().equals(CREATED) || e.action().equals(FAILED)).findFirst()
                .map(e -> e.action().equals(CREATED)
                        ? new LastBackup(e.at(), e.username(), e.entityId(), null)
                        : new LastBackup(e.at(), e.username(), e.newValue(), decode(e.oldValue())));
    }

    private BackupTimetable timetable(Settings current) {
        Instant since = configuredAt(current);
        return new BackupTimetable(BackupTimetable.parse(current.text(SettingKeys.BACKUP_SCHEDULE_TIME)), clock.getZone(), since);
    }

    /** The daily slot is owed only from when the folder, the switch and the time were last set. */
    private static Instant configuredAt(Settings current) {
        Map<String, SettingValue> values = current.current();
        return Stream.of(SettingKeys.BACKUP_FOLDER, SettingKeys.BACKUP_SCHEDULE_ENABLED, SettingKeys.BACKUP_SCHEDULE_TIME)
                // A default nobody changed was not "configured" at the migration's moment: the folder, empty by default, decides.
                .map(values::get).map(v -> v.changedBy() == null ? Instant.EPOCH : v.changedAt()).max(Instant::compareTo).orElseThrow();
    }

    private static Optional<Path> folder(Settings current) {
        String folder = current.text(SettingKeys.BACKUP_FOLDER);
        return folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    private static boolean enabled(Settings current) {
        return "ON".equals(current.text(SettingKeys.BACKUP_SCHEDULE_ENABLED));
    }

    /** vigil-backup-20261207-2200.zip in local time, so the folder sorts by day; never an existing file. */
    private static Path uniqueName(Path folder, Instant now, BackupTimetable timetable) {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(timetable.zone()).format(now);
        Path target = folder.resolve(FILE_PREFIX + stamp + FILE_SUFFIX);
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(FILE_PREFIX + stamp + "-" + n + FILE_SUFFIX);
        }
        return target;
    }

    /** A refusal as the audit trail keeps it: rule, key and arguments, tab-separated, so the window can say it in either language. */
    static String encode(Refusal refusal) {
        StringBuilder text = new StringBuilder(refusal.ruleId()).append('\t').append(refusal.messageKey());
        refusal.args().forEach(a -> text.append('\t').append(String.valueOf(a).replace('\t', ' ')));
        return text.toString();
    }

    static Refusal decode(String stored) {
        if (stored == null) {
            return Refusal.of("SETUP-1", "backups.failed", "");
        }
        String[] parts = stored.split("\t", -1);
        if (parts.length < 2) {
            return Refusal.of("SETUP-1", "backups.failed", "");
        }
        return new Refusal(parts[0], parts[1], List.of((Object[]) java.util.Arrays.copyOfRange(parts, 2, parts.length)));
    }
}
