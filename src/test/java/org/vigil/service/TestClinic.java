package org.vigil.service;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.Role;
import org.vigil.service.UserAdministration.NewAccount;
import org.vigil.testing.MutableClock;
import org.vigil.testing.TestServices;

/**
 * A set-up clinic in a temporary data folder, on a clock the test moves. Close it (or use
 * try-with-resources) so the database and its file lock are released. Opened as
 * {@link TestServices} opens (cheap password hashing, a copied migrated database) unless made by
 * {@link #setUpAsProgramDoes}.
 */
public final class TestClinic implements AutoCloseable {

    public static final Instant MORNING = Instant.parse("2025-03-03T08:00:00Z");
    public static final String CLINIC = "Test Clinic";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "the kettle sings at seven";

    public final Path dir;
    public final MutableClock clock;
    private final boolean asProgram;
    private Services services;
    private Actor admin;

    private TestClinic(Path dir, MutableClock clock) {
        this(dir, clock, false);
    }

    private TestClinic(Path dir, MutableClock clock, boolean asProgram) {
        this.dir = dir;
        this.clock = clock;
        this.asProgram = asProgram;
        this.services = open();
    }

    private Services open() {
        return asProgram ? Services.open(dir, clock) : TestServices.open(dir, clock);
    }

    /** Opens a new data folder and runs the first-run setup. */
    public static TestClinic setUp(Path dir) {
        return setUp(dir, CLINIC);
    }

    /** The same, under another clinic's name (a different installation). */
    public static TestClinic setUp(Path dir, String clinicName) {
        TestClinic clinic = new TestClinic(dir, new MutableClock(MORNING));
        clinic.admin = clinic.services.setup().setUp(clinicName, ADMIN, "Ada Admin", ADMIN_PASSWORD).value();
        return clinic;
    }

    /**
     * The same, opened exactly as the program opens it ({@code Services.open(dir, clock)}):
     * production password hashing and a database migrated in the folder.
     */
    public static TestClinic setUpAsProgramDoes(Path dir) {
        TestClinic clinic = new TestClinic(dir, new MutableClock(MORNING), true);
        clinic.admin = clinic.services.setup().setUp(CLINIC, ADMIN, "Ada Admin", ADMIN_PASSWORD).value();
        return clinic;
    }

    /** Opens a folder whose clinic was set up elsewhere (another process, a restore); no admin actor. */
    public static TestClinic reopened(Path dir) {
        return new TestClinic(dir, new MutableClock(MORNING.plus(Duration.ofDays(1))));
    }

    /** Opens a data folder without setting anything up. */
    public static TestClinic empty(Path dir) {
        return new TestClinic(dir, new MutableClock(MORNING));
    }

    public Services services() {
        return services;
    }

    public Actor admin() {
        return admin;
    }

    /** A person created by the admin who has chosen their own password with the one-time code. */
    public Actor person(String username, String password, Role... roles) {
        Set<Role> held = Set.of(roles);
        NewAccount created = services.users().create(admin, username, "Person " + username, held,
                held.contains(Role.PRESCRIBER)).value();
        services.accounts().completeReset(username, created.oneTimeCode(), password).value();
        // PWD-5: as the owner does next, a login with the chosen password releases the account's signatures.
        return ((LoginResult.Granted) services.accounts().login(username, password)).actor();
    }

    /** Every audit event, oldest first. */
    public List<AuditEvent> auditTrail() {
        return services.integrity().latest(admin, Integer.MAX_VALUE).value().reversed();
    }

    public AuditEvent lastEvent() {
        return services.integrity().latest(admin, 1).value().getFirst();
    }

    public List<String> actions() {
        return auditTrail().stream().map(AuditEvent::action).toList();
    }

    /** Closes (if open) and opens the folder again, as a restart of Vigil would. */
    public void reopen() {
        close();
        services = open();
    }

    @Override
    public void close() {
        if (services != null) {
            services.close();
            services = null;
        }
    }
}
