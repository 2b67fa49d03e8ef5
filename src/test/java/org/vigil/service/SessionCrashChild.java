package org.vigil.service;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.domain.course.Indication;
import org.vigil.domain.patient.Allergies;
import org.vigil.domain.patient.Childbearing;
import org.vigil.domain.patient.ChildbearingPotential;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.patient.PersonName;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.patient.Sex;
import org.vigil.domain.Route;
import org.vigil.testing.MutableClock;
import org.vigil.testing.Stockroom;
import org.vigil.testing.TestServices;

/**
 * A Vigil process running one dosing session, to be killed at random by {@link SessionCrashTest}.
 * {@code DIR RUN [SESSION]}: run 0 sets the clinic up and doses the patient, later runs carry on
 * observing. After each reading the service has returned, it prints "committed REQUEST-ID".
 */
public final class SessionCrashChild {

    static final String NURSE_PASSWORD = "the trolley squeaks on the left";
    static final String PRESCRIBER_PASSWORD = "ginger tea before the first session";
    /** Each run starts this much later on the clinic clock than the one before. */
    static final Duration RUN_SPACING = Duration.ofMinutes(10);

    private SessionCrashChild() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int run = Integer.parseInt(args[1]);
        MutableClock clock = new MutableClock(TestClinic.MORNING.plus(RUN_SPACING.multipliedBy(run)));
        Services services = Services.open(dir, clock, TestServices.CHEAP_HASHING);
        long session = run == 0 ? dosedSession(services, clock) : Long.parseLong(args[2]);
        Actor nurse = login(services, "nurse.li", NURSE_PASSWORD);
        System.out.println("ready " + session);
        System.out.flush();
        for (int i = 0; ; i++) {
            clock.advance(Duration.ofSeconds(1));
            String request = "run" + run + "-" + i;
            services.sessions().recordVitals(nurse, session, 120 + i % 20, 78, 72, 98, clock.instant(), request).value();
            System.out.println("committed " + request);
            System.out.flush();
        }
    }

    private static long dosedSession(Services services, MutableClock clock) {
        Actor admin = services.setup().setUp(TestClinic.CLINIC, TestClinic.ADMIN, "Ada Admin", TestClinic.ADMIN_PASSWORD).value();
        Actor nurse = person(services, admin, "nurse.li", NURSE_PASSWORD, Set.of(Role.NURSE), false);
        Actor prescriber = person(services, admin, "drchen", PRESCRIBER_PASSWORD, Set.of(Role.PRESCRIBER), true);
        Stockroom.nasal(services, nurse, prescriber, PRESCRIBER_PASSWORD, LocalDate.ofInstant(clock.instant(), clock.getZone()));
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        Patient patient = new Patient("MRN-CRASH", new PersonName("Crash", "Test"), today.minusYears(40), Sex.FEMALE, null, null,
                "ID-CRASH-1", Optional.empty(), Allergies.NONE_KNOWN, Optional.empty(),
                new Childbearing(ChildbearingPotential.NO, false, ""), "");
        long patientId = ((Registration.Saved) services.patients().register(nurse, patient, false).value()).patient().id();
        services.screenings().record(nurse, patientId, Screening.clear(today)).value();
        long course = services.courses().start(prescriber, patientId, Indication.TRD,
                org.vigil.domain.Route.NASAL, "", today).value().course().id();
        long session = services.clinicDay().book(nurse, course, today, 1).value().sessionId();
        SessionEngine engine = services.sessions();
        engine.startSession(nurse, session, "setup-1").value();
        Checklists.answerAllSafely(engine, nurse, session, clock.instant(), "setup-c");
        engine.completeChecklist(nurse, session, "setup-2").value();
        engine.recordBaseline(nurse, session, 124, 80, 72, 98, clock.instant(), "setup-3").value();
        engine.authoriseDose(prescriber, session, 56, Route.NASAL, 0, PRESCRIBER_PASSWORD, "setup-4").value();
        engine.giveDevice(nurse, session, "LOT-A1", true, "", "setup-5").value();
        clock.advance(Duration.ofMinutes(6));
        engine.giveDevice(nurse, session, "LOT-A1", true, "", "setup-6").value();
        return session;
    }

    private static Actor person(Services services, Actor admin, String username, String password, Set<Role> roles, boolean right) {
        String code = services.users().create(admin, username, "Person " + username, roles, right).value().oneTimeCode();
        return services.accounts().completeReset(username, code, password).value();
    }

    private static Actor login(Services services, String username, String password) {
        return ((LoginResult.Granted) services.accounts().login(username, password)).actor();
    }
}
