package org.vigil.service;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import org.vigil.domain.Actor;
import org.vigil.domain.Clinic;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.Role;
import org.vigil.store.ClinicStore;
import org.vigil.store.Database;
import org.vigil.store.UserStore;

/** The first run: name the clinic and create the first administrator. */
public final class ClinicSetup {

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

    /** The password rules in force, for the hint next to the password field. */
    public int passwordMinLength() {
        return database.read(c -> credentials.policy(c).minLength());
    }

    /**
     * Creates the clinic and its first administrator, who chooses a password now.
     *
     * @return the administrator, logged in
     */
    public Outcome<Actor> setUp(String clinicName, String username, String fullName, String password) {
        String name = clinicName == null ? "" : clinicName.strip();
        if (name.isEmpty() || name.length() > 200) {
            return Outcome.refused(Refusal.of("SETUP-1", "setup.clinicName.invalid"));
        }
        Refusal badUser = Credentials.checkUsername(username);
        if (badUser != null) {
            return Outcome.refused(badUser);
        }
        String person = fullName == null ? "" : fullName.strip();
        if (person.isEmpty() || person.length() > 200) {
            return Outcome.refused(Refusal.of("USR-1", "user.fullName.invalid"));
        }
        return database.write(c -> {
            if (clinics.find(c).isPresent()) {
                return Outcome.<Actor>refused(Refusal.of("SETUP-1", "setup.alreadyDone"));
            }
            Optional<Refusal> weak = credentials.policy(c).check(password, username);
            if (weak.isPresent()) {
                return Outcome.<Actor>refused(weak.get());
            }
            Clinic clinic = new Clinic(UUID.randomUUID().toString(), name, clock.instant());
            clinics.insert(c, clinic);
            EnumSet<Role> roles = EnumSet.of(Role.ADMIN);
            long id = users.insert(c, username, person, credentials.hash(password), false, roles, false, clock.instant());
            Actor admin = new Actor(id, username, person, roles, false);
            audit.record(c, admin, "CLINIC_CREATED", "clinic", clinic.installationId(), null, "name=" + name, "first-run setup");
            audit.record(c, admin, "USER_CREATED", "user", id, null, UserAdministration.describe(username, person, roles, false, true),
                    "first administrator");
            return Outcome.done(admin);
        });
    }
}
