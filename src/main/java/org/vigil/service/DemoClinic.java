package org.vigil.service;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.vigil.domain.Clinic;
import org.vigil.domain.Role;
import org.vigil.store.ClinicStore;
import org.vigil.store.Database;
import org.vigil.store.UserStore;

/**
 * A believable clinic for trying Vigil in a minute (`vigil --demo`), in a database of its own.
 * The demo passwords are published in the README, so this never runs on a real data folder.
 */
public final class DemoClinic {

    /** Everyone in the demo clinic logs in with this; it is printed in the README. */
    public static final String PASSWORD = "demo clinic password";

    /** A demo account, for the README and the login screen hint. */
    public record Person(String username, String fullName, Set<Role> roles, boolean prescribingRight) {}

    public static final List<Person> PEOPLE = List.of(
            new Person("admin", "Alex Morgan", EnumSet.of(Role.ADMIN), false),
            new Person("manager", "Priya Shah", EnumSet.of(Role.MANAGER), false),
            new Person("drchen", "Dr Wei Chen", EnumSet.of(Role.PRESCRIBER, Role.NURSE), true),
            new Person("drokafor", "Dr Ada Okafor", EnumSet.of(Role.PRESCRIBER), true),
            new Person("drlee", "Dr Sam Lee (trainee)", EnumSet.of(Role.PRESCRIBER), false),
            new Person("nurse.li", "Li Na", EnumSet.of(Role.NURSE), false),
            new Person("nurse.jones", "Megan Jones", EnumSet.of(Role.NURSE), false));

    private final Database database;
    private final ClinicStore clinics;
    private final UserStore users;
    private final Credentials credentials;
    private final AuditWriter audit;
    private final Clock clock;

    DemoClinic(Database database, ClinicStore clinics, UserStore users, Credentials credentials, AuditWriter audit, Clock clock) {
        this.database = database;
        this.clinics = clinics;
        this.users = users;
        this.credentials = credentials;
        this.audit = audit;
        this.clock = clock;
    }

    /** Fills an empty demo database; does nothing once the clinic exists. */
    public void seedIfEmpty() {
        database.write(c -> {
            if (clinics.find(c).isPresent()) {
                return null;
            }
            Clinic clinic = new Clinic(UUID.randomUUID().toString(), "Riverside Mood Clinic (demo)", clock.instant());
            clinics.insert(c, clinic);
            audit.recordAnonymous(c, null, "demo", "CLINIC_CREATED", "clinic", clinic.installationId(), null,
                    "name=" + clinic.name(), "demo clinic");
            for (Person p : PEOPLE) {
                long id = users.insert(c, p.username(), p.fullName(), credentials.hash(PASSWORD), false, p.roles(), p.prescribingRight(), clock.instant());
                audit.recordAnonymous(c, null, "demo", "USER_CREATED", "user", id, null,
                        UserAdministration.describe(p.username(), p.fullName(), p.roles(), p.prescribingRight(), true), "demo clinic");
            }
            return null;
        });
    }
}
