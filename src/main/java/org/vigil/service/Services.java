package org.vigil.service;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.vigil.store.AuditTrail;
import org.vigil.store.CheckpointFile;
import org.vigil.store.WatchMark;
import org.vigil.store.ClinicStore;
import org.vigil.store.CourseStore;
import org.vigil.store.FollowUpStore;
import org.vigil.store.PatientStore;
import org.vigil.store.ScreeningStore;
import org.vigil.store.SessionEventStore;
import org.vigil.store.SessionStore;
import org.vigil.store.Database;
import org.vigil.store.DatabaseDamagedException;
import org.vigil.store.DatabaseInUseException;
import org.vigil.store.ResetCodeStore;
import org.vigil.store.SettingStore;
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
    private final Backups backups;
    private final DemoClinic demo;
    private final PatientRegistry patients;
    private final Screenings screenings;
    private final Courses courses;
    private final ClinicDay clinicDay;
    private final FollowUp followUp;
    private final SessionEngine sessions;
    private final WatchMark watchMark;
    private boolean watching;

    private Services(Path dataDir, Database database, Clock clock, HashCost hashCost) {
        this.dataDir = dataDir;
        this.database = database;
        this.clock = clock;
        AuditTrail trail = new AuditTrail();
        UserStore userStore = new UserStore();
        ResetCodeStore resetCodes = new ResetCodeStore();
        SettingStore settingStore = new SettingStore();
        ClinicStore clinicStore = new ClinicStore();
        CheckpointFile checkpoints = new CheckpointFile(dataDir);
        this.watchMark = new WatchMark(dataDir);
        Credentials credentials = new Credentials(settingStore, new SecureRandom(), hashCost);
        AuditWriter audit = new AuditWriter(database, trail, userStore, clock);
        this.setup = new ClinicSetup(database, clinicStore, userStore, credentials, audit, clock);
        this.accounts = new Accounts(database, userStore, resetCodes, settingStore, credentials, audit, clock);
        this.users = new UserAdministration(database, userStore, resetCodes, settingStore, credentials, audit, clock);
        this.settings = new SettingsAdministration(database, settingStore, audit, clock);
        this.integrity = new Integrity(database, trail, checkpoints, audit, clock);
        this.backups = new Backups(database, checkpoints, audit, clock);
        ClinicalContext clinical = new ClinicalContext(database, audit, clock, settingStore, new PatientStore(), new ScreeningStore());
        SessionStore sessionStore = new SessionStore();
        FollowUpStore followUpStore = new FollowUpStore();
        this.patients = new PatientRegistry(clinical);
        this.screenings = new Screenings(clinical);
        this.courses = new Courses(clinical, new CourseStore(), sessionStore, followUpStore);
        this.clinicDay = new ClinicDay(clinical, courses, sessionStore);
        this.followUp = new FollowUp(clinical, courses, followUpStore);
        this.sessions = new SessionEngine(clinical, sessionStore, new SessionEventStore(), accounts, courses);
        this.demo = new DemoClinic(database, clinicStore, userStore, credentials, audit, clock,
                new DemoRecords(audit, settingStore, new CourseStore(), sessionStore, followUpStore, clock),
                new DemoMorning(clinical, sessionStore, new SessionEventStore()), accounts, patients, screenings, courses, clinicDay);
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
            return new Services(dataDir, Database.open(dataDir), clock, hashCost);
        } catch (DatabaseInUseException e) {
            throw new DataFolderUnavailable(DataFolderUnavailable.Reason.IN_USE, dataDir, e);
        } catch (DatabaseDamagedException e) {
            throw new DataFolderUnavailable(DataFolderUnavailable.Reason.DAMAGED, e.file(), e);
        }
    }

    /** Whether the folder holds a Vigil database already. */
    public static boolean existsIn(Path dataDir) {
        return Database.existsIn(dataDir);
    }

    public ClinicSetup setup() {
        return setup;
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

    public Backups backups() {
        return backups;
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

    /** The session engine: check-in to discharge at the chair. */
    public SessionEngine sessions() {
        return sessions;
    }

    /**
     * ALM-4: the program starts watching the floor. What fell due since it last watched (a crash,
     * a reboot) is written to the audit trail as due while Vigil was not running. Admin commands
     * do not call this: they do not watch sessions.
     */
    public void startWatching() {
        Optional<Instant> last = watchMark.read();
        if (last.isPresent()) {
            sessions.noteDueWhileClosed(last.get());
        }
        watchMark.write(clock.instant());
        watching = true;
    }

    /** Called every half minute while the program runs, so a later start knows when watching stopped. */
    public void stillWatching() {
        watchMark.write(clock.instant());
    }

    public DemoClinic demo() {
        return demo;
    }

    public Clock clock() {
        return clock;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** "H2" for the embedded database; shown in the status bar. */
    public String databaseMode() {
        return database.mode();
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
