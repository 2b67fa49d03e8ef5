package org.vigil.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.vigil.domain.Actor;
import org.vigil.domain.Clinic;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.Role;
import org.vigil.domain.SetupField;
import org.vigil.store.ClinicStore;
import org.vigil.store.Database;
import org.vigil.store.UserStore;
import org.vigil.store.Transaction;

/** The first run: name the clinic and create the first administrator. */
public final class ClinicSetup {

    /** Someone who works at the clinic from the day it is set up. */
    public record StaffMember(String username, String fullName, Set<Role> roles, boolean prescribingRight) {}

    private static final String DEMO_SEEDED = "DEMO_SEEDED";

    private final Database database;
    private final ClinicStore clinics;
    private final UserStore users;
    private final Credentials credentials;
    private final AuditWriter audit;
    private final Clock clock;

    ClinicSetup(Database database, ClinicStore clinics, UserStore users, Credentials credentials, AuditWriter audit, Clock clock) {
        this.database = database;
        this.clinics = clinics;
        this.users = users;
        this.credentials = credentials;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean isSetUp() {
        return clinic().isPresent();
    }

    public Optional<Clinic> clinic() {
        return database.read(clinics::find);
    }

    /**
     * DIS-3: the telephone number printed on the discharge advice ("whom to call"). The
     * administrator's, as the other system settings are; blank removes it. Audited with the old value.
     */
    public Outcome<Clinic> changePhone(Actor actor, String phone) {
        Refusal refused = audit.refuseUnless(actor, Permission.CHANGE_SYSTEM_SETTINGS, "clinic.phone");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        String number = phone == null ? "" : phone.strip();
        if (number.length() > Clinic.PHONE_MAX || !number.matches("[0-9+()\\-. /]*")) {
            return Outcome.refused(Refusal.of("DIS-3", "clinic.phone.invalid", Clinic.PHONE_MAX));
        }
        return database.write(tx -> {
            Optional<Clinic> clinic = clinics.find(tx);
            if (clinic.isEmpty()) {
                return Outcome.<Clinic>refused(Refusal.of("SETUP-1", "print.register.notSetUp"));
            }
            clinics.setPhone(tx, number);
            audit.record(tx, actor, "CLINIC_PHONE_CHANGED", "clinic", clinic.get().installationId(), "phone=" + clinic.get().phone(),
                    "phone=" + number, "DIS-3: the number on the discharge advice");
            return Outcome.done(clinics.find(tx).orElseThrow());
        });
    }

    /** The password rules in force, for the hint next to the password field. */
    public int passwordMinLength() {
        return database.read(tx -> credentials.policy(tx).minLength());
    }

    /**
     * Creates the clinic and its first administrator, who chooses a password now.
     *
     * @return the administrator, logged in
     */
    public Outcome<Actor> setUp(String clinicName, String username, String fullName, String password) {
        String name = clinicName == null ? "" : clinicName.strip();
        String person = fullName == null ? "" : fullName.strip();
        return database.write(tx -> {
            if (clinics.find(tx).isPresent()) {
                return Outcome.<Actor>refused(Refusal.of("SETUP-1", "setup.alreadyDone"));
            }
            List<FieldProblem<SetupField>> problems = problems(tx, clinicName, username, fullName, password);
            if (!problems.isEmpty()) {
                return Outcome.<Actor>invalid(problems);
            }
            Clinic clinic = insertClinic(tx, name);
            StaffMember first = new StaffMember(username, person, EnumSet.of(Role.ADMIN), false);
            long id = insertUser(tx, first, password);
            Actor admin = new Actor(id, username, person, first.roles(), false);
            audit.record(tx, admin, "CLINIC_CREATED", "clinic", clinic.installationId(), null, "name=" + name, "first-run setup");
            audit.record(tx, admin, "USER_CREATED", "user", id, null, describe(first), "first administrator");
            return Outcome.done(admin);
        });
    }

    /**
     * What is wrong with the first-run form, every field at once (issue 15, item 8: four problems took
     * four clicks). For a form that cannot be sent yet (its two passwords differ) and still shows the rest.
     */
    public List<FieldProblem<SetupField>> problems(String clinicName, String username, String fullName, String password) {
        return database.read(tx -> problems(tx, clinicName, username, fullName, password));
    }

    private List<FieldProblem<SetupField>> problems(Transaction tx, String clinicName, String username, String fullName, String password) {
        List<FieldProblem<SetupField>> problems = new ArrayList<>();
        String name = clinicName == null ? "" : clinicName.strip();
        if (name.isEmpty() || name.length() > 200) {
            problems.add(FieldProblem.of(SetupField.CLINIC_NAME, "SETUP-1", "setup.clinicName.invalid"));
        }
        String person = fullName == null ? "" : fullName.strip();
        if (person.isEmpty() || person.length() > 200) {
            problems.add(FieldProblem.of(SetupField.FULL_NAME, "USR-1", "user.fullName.invalid"));
        }
        Refusal badUser = Credentials.checkUsername(username);
        if (badUser != null) {
            problems.add(new FieldProblem<>(SetupField.USERNAME, badUser));
        }
        credentials.policy(tx).check(password == null ? "" : password, username == null ? "" : username).ifPresent(weak -> problems.add(new FieldProblem<>(SetupField.PASSWORD, weak)));
        return List.copyOf(problems);
    }

    /**
     * The demo clinic: created with its whole staff at once, everyone with the same password
     * because the demo publishes it. Only ever for the demo's own data folder: no administrator
     * chose these accounts, so they are audited as created by "demo".
     *
     * @return whether the clinic was created; false when the folder holds a clinic already
     */
    /** How far a data folder's demo got: the next `--demo` start finishes an unfinished one by building it again. */
    public enum DemoState {
        /** No clinic yet: the demo is seeded now. */
        EMPTY,
        /** The demo clinic was created but its seeding never finished (killed, or a step failed). */
        UNFINISHED,
        /** The demo is whole. */
        SEEDED,
        /** The folder holds a real clinic: the demo never touches it. */
        NOT_A_DEMO
    }

    public DemoState demoState() {
        return database.read(tx -> {
            if (clinics.find(tx).isEmpty()) {
                return DemoState.EMPTY;
            }
            if (!clinics.demoEvent(tx, "CLINIC_CREATED")) {
                return DemoState.NOT_A_DEMO;
            }
            return clinics.demoEvent(tx, DEMO_SEEDED) ? DemoState.SEEDED : DemoState.UNFINISHED;
        });
    }

    /** The demo's last step: from now on the folder holds a whole demo. */
    public void demoSeeded() {
        database.write(tx -> {
            audit.recordAnonymous(tx, null, "demo", DEMO_SEEDED, "clinic", null, null, null, "demo clinic seeded");
            return null;
        });
    }

    public boolean setUpDemo(String clinicName, List<StaffMember> staff, String sharedPassword) {
        return database.write(tx -> {
            if (clinics.find(tx).isPresent()) {
                return false;
            }
            Clinic clinic = insertClinic(tx, clinicName);
            audit.recordAnonymous(tx, null, "demo", "CLINIC_CREATED", "clinic", clinic.installationId(), null, "name=" + clinicName,
                    "demo clinic");
            for (StaffMember member : staff) {
                long id = insertUser(tx, member, sharedPassword);
                audit.recordAnonymous(tx, null, "demo", "USER_CREATED", "user", id, null, describe(member), "demo clinic");
            }
            return true;
        });
    }

    private Clinic insertClinic(Transaction tx, String name) {
        Clinic clinic = new Clinic(UUID.randomUUID().toString(), name, clock.instant());
        clinics.insert(tx, clinic);
        return clinic;
    }

    // One hash per person: a unique salt each, as for any account, even with a shared password.
    private long insertUser(Transaction tx, StaffMember member, String password) {
        return users.insert(tx, member.username(), member.fullName(), credentials.hash(password), false, member.roles(),
                member.prescribingRight(), clock.instant());
    }

    private static String describe(StaffMember member) {
        return UserAdministration.describe(member.username(), member.fullName(), member.roles(), member.prescribingRight(), true);
    }
}
