package org.vigil.service;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.vigil.store.AuditTrail;
import org.vigil.store.CheckpointFile;
import org.vigil.store.WatchMark;
import org.vigil.store.ClinicStore;
import org.vigil.store.CourseStore;
import org.vigil.store.FollowUpStore;
import org.vigil.store.PatientStore;
import org.vigil.store.PeriodRecords;
import org.vigil.store.CountStore;
import org.vigil.store.MonitoringFormStore;
import org.vigil.store.PeriodReportRecords;
import org.vigil.store.RegisterStore;
import org.vigil.store.ScreeningStore;
import org.vigil.store.SessionEventStore;
import org.vigil.store.SessionStore;
import org.vigil.store.Database;
import org.vigil.store.DatabaseDamagedException;
import org.vigil.store.DatabaseInUseException;
import org.vigil.store.KeyRing;
import org.vigil.store.DatabaseKeyMissingException;
import org.vigil.store.ResetCodeStore;
import org.vigil.store.SettingStore;
import org.vigil.store.DemoDatabaseFiles;
import org.vigil.store.UserStore;

/**
 * Everything the screens and commands may call, wired over one open database. The clock comes
 * from the composition root so tests can run the clinic's time at any speed.
 */
public final class Services implements AutoCloseable {

    private final Path dataDir;
    private final Database database;
    private final Clock clock;
    private final ClinicSetup setup;
    private final Accounts accounts;
    private final UserAdministration users;
    private final SettingsAdministration settings;
    private final Integrity integrity;
    private final DailyIntegrityCheck dailyCheck;
    private final Backups backups;
    private final BackupSchedule backupSchedule;
    private final BackdatedEntries backdated;
    private final PatientRegistry patients;
    private final Screenings screenings;
    private final Courses courses;
    private final ClinicDay clinicDay;
    private final FollowUp followUp;
    private final SessionEngine sessions;
    private final DrugRegister register;
    private final StockCounts counts;
    private final RegisterPrinting registerPrinting;
    private final RecordExports exports;
    private final DischargeAdvicePrinting dischargeAdvice;
    private final MonitoringForms monitoringForms;
    private final ClinicReports clinicReports;
    private final SessionReports sessionReports;
    private final WatchMark watchMark;
    private final AuditWriter audit;
    private final List<TightenedPermission> tightened;
    private boolean watching;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Services.class);
    private final HashCost hashCost;

    private Services(Path dataDir, Database database, Clock clock, HashCost hashCost) {
        this.dataDir = dataDir;
        this.database = database;
        this.clock = clock;
        this.hashCost = hashCost;
        AuditTrail trail = new AuditTrail();
        UserStore userStore = new UserStore();
        ResetCodeStore resetCodes = new ResetCodeStore();
        SettingStore settingStore = new SettingStore();
        ClinicStore clinicStore = new ClinicStore();
        CheckpointFile checkpoints = new CheckpointFile(dataDir);
        this.watchMark = new WatchMark(dataDir);
        Credentials credentials = new Credentials(settingStore, new SecureRandom(), hashCost);
        AuditWriter audit = new AuditWriter(database, trail, userStore, clock);
        this.audit = audit;
        this.tightened = database.loosenedPermissions().stream().map(l -> new TightenedPermission(l.path(), l.found())).toList();
        this.setup = new ClinicSetup(database, clinicStore, userStore, credentials, audit, clock);
        AccountContext accountContext = new AccountContext(database, userStore, resetCodes, settingStore, credentials, audit, clock);
        this.accounts = new Accounts(accountContext);
        this.users = new UserAdministration(accountContext);
        this.settings = new SettingsAdministration(database, settingStore, audit, clock);
        this.backups = new Backups(dataDir, database, checkpoints, audit, clock, KeyRing.forThisUser(), settingStore);
        this.backups.removeLeftovers();
        this.integrity = new Integrity(database, trail, checkpoints, audit, clock, backups);
        this.dailyCheck = new DailyIntegrityCheck(integrity, clock);
        this.backupSchedule = new BackupSchedule(database, settingStore, new org.vigil.store.BackupLog(), audit, backups, setup, clock);
        ClinicalContext clinical = new ClinicalContext(database, audit, clock, settingStore, new PatientStore(), new ScreeningStore(),
                userStore);
        SessionStore sessionStore = new SessionStore();
        FollowUpStore followUpStore = new FollowUpStore();
        this.patients = new PatientRegistry(clinical);
        this.screenings = new Screenings(clinical);
        this.courses = new Courses(clinical, new CourseStore(), sessionStore, followUpStore);
        this.clinicDay = new ClinicDay(clinical, courses, sessionStore, new SessionEventStore());
        this.followUp = new FollowUp(clinical, courses, followUpStore);
        RegisterStore registerStore = new RegisterStore();
        this.register = new DrugRegister(clinical, registerStore, accounts);
        CountStore countStore = new CountStore();
        this.counts = new StockCounts(clinical, countStore, registerStore, register, accounts);
        this.registerPrinting = new RegisterPrinting(clinical, register, clinicStore, trail);
        this.exports = new RecordExports(clinical, clinicStore, trail, new PeriodRecords(), registerStore, new SecureRandom());
        this.sessionReports = new SessionReports(clinical, sessionStore, new SessionEventStore(), new CourseStore(), registerStore, clinicStore,
                trail);
        this.sessions = new SessionEngine(clinical, sessionStore, new SessionEventStore(), accounts, courses, register);
        this.dischargeAdvice = new DischargeAdvicePrinting(clinical, sessionStore, new SessionEventStore(), clinicStore, trail);
        this.monitoringForms = new MonitoringForms(clinical, sessionStore, new SessionEventStore(), new MonitoringFormStore(), clinicStore,
                trail);
        this.clinicReports = new ClinicReports(clinical, new PeriodReportRecords(), countStore, followUpStore, clinicStore, trail,
                monitoringForms::overdueAt);
        this.backdated = new BackdatedEntries(database, audit, new CourseStore(), sessionStore, new SessionEventStore(), followUpStore,
                clinical, register, registerStore);
    }

    /**
     * Opens the data folder's database (creating it on first use).
     *
     * @throws DataFolderUnavailable when another Vigil has it open, or when it exists but cannot
     *     be opened (the file is then left exactly as it was)
     */
    public static Services open(Path dataDir, Clock clock) {
        return open(dataDir, clock, HashCost.PRODUCTION);
    }

    /**
     * The same, making new password hashes at the given cost. For the test fixtures only, which
     * create many accounts: the program and the commands call {@link #open(Path, Clock)} (a layer
     * rule checks it). Hashes already stored verify whatever their cost.
     */
    public static Services open(Path dataDir, Clock clock, HashCost hashCost) {
        try {
            Services services = new Services(dataDir, Database.open(dataDir), clock, hashCost);
            try {
                if (services.database.missingProtections().isEmpty()) {
                    services.noteDueWhileClosed();
                    // SET-2: a setting edited out of its range while Vigil was closed is recorded before anyone works with it.
                    services.settings.recordFaults();
                    services.recordTightenedPermissions();
                }
            } catch (RuntimeException e) {
                services.database.close();
                throw e;
            }
            return services;
        } catch (DatabaseInUseException e) {
            throw new DataFolderUnavailable(DataFolderUnavailable.Reason.IN_USE, dataDir, e);
        } catch (DatabaseDamagedException e) {
            // A full disk makes opening fail too (the migration and the first checkpoint write): not damage, no restore.
            throw new DataFolderUnavailable(DiskFull.causedBy(e) ? DataFolderUnavailable.Reason.DISK_FULL : DataFolderUnavailable.Reason.DAMAGED,
                    e.file(), e);
        } catch (DatabaseKeyMissingException e) {
            throw new DataFolderUnavailable(DataFolderUnavailable.Reason.KEY_MISSING, e.file(), e);
        }
    }

    /**
     * BENCHMARK ONLY ({@code vigil benchmark --clinic-years}): opens a throwaway data folder to
     * fill with generated years of a clinic. The services, the audit chain and the row seals are
     * those of the clinic; these things differ, all about speed and none about what is written:
     * commits are not forced to the disk one by one ({@link Database#skipDiskSyncForGeneratedData}),
     * the generated staff's passwords are hashed at the Argon2 minimum cost instead of
     * {@link HashCost#PRODUCTION} (each of the two signatures of a session verifies a password:
     * at the production cost, that alone would be 100 000 Argon2 runs for ten years), and with
     * {@code compactAfterClosing} writes start no compaction: the caller compacts the closed
     * folder ({@link #compactClosed}, {@link Database#deferCompactionForGeneratedData}). The
     * benchmark measures its figures after reopening the folder with {@link #open(Path, Clock)}.
     */
    public static Services openForGeneratedData(Path dataDir, Clock clock, int writeDelayMs, boolean compactAfterClosing) {
        Services services = open(dataDir, clock, GENERATED_STAFF_HASH_COST);
        services.database.skipDiskSyncForGeneratedData(writeDelayMs);
        if (compactAfterClosing) {
            services.database.deferCompactionForGeneratedData();
        }
        return services;
    }

    /** The Argon2 lower bounds (RFC 9106): only for the benchmark's generated staff, see {@link #openForGeneratedData}. */
    private static final HashCost GENERATED_STAFF_HASH_COST = new HashCost(8, 1, 1);

    /**
     * BENCHMARK ONLY: rewrites the database of a closed data folder (the benchmark's throwaway
     * folder, or a copy of it) compacted: after a stretch generated with
     * {@code compactAfterClosing}, or to compare the file as the clinic has it with its data.
     */
    public static void compactClosed(Path copyDir) {
        Database.compactClosed(copyDir);
    }

    /**
     * What a failure in the middle of a command means for the user: the database file turned
     * out damaged in a page the opening did not read (nothing more is written to it then).
     *
     * @return the reason to show instead of the failure, or empty when it is another fault
     */
    public static Optional<DataFolderUnavailable> unavailable(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataFolderUnavailable u) {
                return Optional.of(u);
            }
            if (t instanceof DatabaseDamagedException d) {
                return Optional.of(new DataFolderUnavailable(DataFolderUnavailable.Reason.DAMAGED, d.file(), d));
            }
        }
        return Optional.empty();
    }

    /**
     * What this opening found open to other accounts in the data folder and closed: for the
     * administrator's warning (window and {@code verify}). Empty when all was private.
     */
    public List<TightenedPermission> tightenedPermissions() {
        return tightened;
    }

    /** Once per finding: the next opening finds the folder closed and records nothing. */
    private void recordTightenedPermissions() {
        if (tightened.isEmpty()) {
            return;
        }
        String found = tightened.stream().map(t -> dataDir.relativize(t.path()) + " " + t.found())
                .collect(java.util.stream.Collectors.joining("; "));
        database.write(tx -> {
            audit.recordAnonymous(tx, null, "vigil:" + System.getProperty("user.name"), "DATA_FOLDER_PERMISSIONS_TIGHTENED",
                    "data-folder", dataDir.toAbsolutePath(), found, "owner only", null);
            return null;
        });
    }

    /** Where this user's key ring is on this machine, for the message of a folder whose key is not in it. */
    public static Path keyRingLocation() {
        return org.vigil.store.KeyRing.forThisUser().location();
    }

    /** Whether the folder holds a Vigil database already. */
    public static boolean existsIn(Path dataDir) {
        return Database.existsIn(dataDir);
    }

    /** The database file a data folder holds (or will), e.g. to check that it can be written. */
    public static Path databaseFileIn(Path dataDir) {
        return Database.fileIn(dataDir);
    }

    public ClinicSetup setup() {
        return setup;
    }

    public DrugRegister register() {
        return register;
    }

    public StockCounts counts() {
        return counts;
    }

    /** The statutory register for a period, for printing (CD-7). */
    public RegisterPrinting registerPrinting() {
        return registerPrinting;
    }

    /** DIS-3: the patient's discharge advice, for printing. */
    public DischargeAdvicePrinting dischargeAdvice() {
        return dischargeAdvice;
    }

    /** PAT-6: the risk programme's monitoring forms and their queue. */
    public MonitoringForms monitoringForms() {
        return monitoringForms;
    }

    /** The manager's period reports (issue 13, item 4). */
    public ClinicReports clinicReports() {
        return clinicReports;
    }

    /** Session reports and the daily clinic log, read for printing (issue 13). */
    public SessionReports sessionReports() {
        return sessionReports;
    }

    public Accounts accounts() {
        return accounts;
    }

    public UserAdministration users() {
        return users;
    }

    public SettingsAdministration settings() {
        return settings;
    }

    public Integrity integrity() {
        return integrity;
    }

    /** SIG-4: the whole check once a day in the running program (issue 16). */
    public DailyIntegrityCheck dailyCheck() {
        return dailyCheck;
    }

    public Backups backups() {
        return backups;
    }

    /** SETUP-1: backups while Vigil is open: the daily schedule, "Back up now", and the command line's requests. */
    public BackupSchedule backupSchedule() {
        return backupSchedule;
    }

    public PatientRegistry patients() {
        return patients;
    }

    public Screenings screenings() {
        return screenings;
    }

    public Courses courses() {
        return courses;
    }

    public ClinicDay clinicDay() {
        return clinicDay;
    }

    public FollowUp followUp() {
        return followUp;
    }

    /** Sessions, readings, register entries and audit events of a period as CSV rows (EXP-1). */
    public RecordExports exports() {
        return exports;
    }

    /** The session engine: check-in to discharge at the chair. */
    public SessionEngine sessions() {
        return sessions;
    }

    /**
     * ALM-4: what fell due since this folder was last open (a crash, a reboot, a night) is written
     * to the audit trail as due while Vigil was not running, whoever opens it: the program, a test,
     * an admin command. Done here, not by the caller, so no integration can forget it. The mark then
     * moves to now, so the next opening notes only what falls due after this one.
     */
    private void noteDueWhileClosed() {
        Instant now = clock.instant();
        Optional<Instant> last = watchMark.read();
        if (last.isPresent()) {
            sessions.noteDueWhileClosed(last.get(), now);
        }
        watchMark.write(now);
    }

    /**
     * The program watches the floor from now on: closing it will record when watching stopped.
     * Admin commands do not call this: between their opening and the next, nobody watched, so what
     * falls due then is noted at the next opening. What fell due before this opening is already noted.
     */
    public void startWatching() {
        watching = true;
    }

    /** Called every half minute while the program runs, so a later start knows when watching stopped. */
    public void stillWatching() {
        watchMark.write(clock.instant());
    }

    /** Only for the demo clinic's history: see {@link BackdatedEntries}. */
    public BackdatedEntries backdated() {
        return backdated;
    }

    public Clock clock() {
        return clock;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** SQL statements run since opening, for the benchmark. */
    public long statements() {
        return database.statements();
    }

    /**
     * The plan of every query the work ran on this thread ({@link Database#queryPlans}): which
     * index each table is read by, or a {@code tableScan}. For tests and the benchmark.
     */
    public List<String> queryPlans(Runnable work) {
        return database.queryPlans(work);
    }

    /** Writes committed and synced to disk since opening; reads add none (see the benchmark). */
    public long syncedWrites() {
        return database.syncedWrites();
    }

    /** "H2" for the embedded database; shown in the status bar. */
    public String databaseMode() {
        return database.mode();
    }

    /**
     * For `--demo`: when this folder holds a demo clinic whose seeding was cut short (the program
     * killed while seeding, or a step failed), closes it, removes its database and opens the folder
     * again empty, to be seeded whole; otherwise answers this, unchanged. A real clinic's folder is
     * never touched: only a clinic the demo created itself counts.
     */
    public Services demoRebuiltIfUnfinished() {
        if (setup.demoState() != ClinicSetup.DemoState.UNFINISHED) {
            return this;
        }
        log.warn("The demo clinic in {} was not seeded to the end; building it again", dataDir);
        close();
        DemoDatabaseFiles.discard(dataDir);
        return open(dataDir, clock, hashCost);
    }

    /** Records the chain head outside the database, then closes it. */
    @Override
    public void close() {
        try {
            if (watching) {
                watchMark.write(clock.instant());
            }
            integrity.checkpoint("shutdown");
        } finally {
            database.close();
        }
    }
}
