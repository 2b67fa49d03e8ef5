package org.vigil.service;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.Route;
import org.vigil.domain.course.Indication;
import org.vigil.domain.patient.Allergies;
import org.vigil.domain.patient.Childbearing;
import org.vigil.domain.patient.ChildbearingPotential;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.patient.PersonName;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.patient.Sex;
import org.vigil.testing.MutableClock;
import org.vigil.testing.Stockroom;
import org.vigil.testing.TestServices;

/**
 * A Vigil process running one dosing session, to be killed at random by {@link SessionCrashTest}.
 * {@code DIR RUN [SESSION DEVICE-SESSIONS]}: run 0 sets the clinic up and doses the patient, later
 * runs carry on observing. Between readings it gives the devices of other patients' sessions, each
 * a session event and a register entry in one transaction (CD-3). After each action the service has
 * returned, it prints "committed REQUEST-ID".
 */
public final class SessionCrashChild {

    static final String NURSE_PASSWORD = "the trolley squeaks on the left";
    static final String PRESCRIBER_PASSWORD = "ginger tea before the first session";
    /** Each run starts this much later on the clinic clock than the one before. */
    static final Duration RUN_SPACING = Duration.ofMinutes(10);

    /** Every this many actions, one is a device of another session rather than a reading. */
    static final int DEVICE_EVERY = 6;
    /** A first TRD dose: two devices. */
    private static final int DEVICES_PER_SESSION = 2;
    private static final int OTHER_CHAIRS = 19;

    private SessionCrashChild() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int run = Integer.parseInt(args[1]);
        MutableClock clock = new MutableClock(TestClinic.MORNING.plus(RUN_SPACING.multipliedBy(run)));
        Services services = Services.open(dir, clock, TestServices.CHEAP_HASHING);
        long session = run == 0 ? dosedSession(services, clock) : Long.parseLong(args[2]);
        List<Long> deviceSessions = run == 0 ? authorisedSessions(services, clock)
                : Arrays.stream(args[3].split(",")).map(Long::parseLong).toList();
        Actor nurse = login(services, "nurse.li", NURSE_PASSWORD);
        System.out.println("ready " + session + " " + deviceSessions.stream().map(String::valueOf).collect(Collectors.joining(",")));
        System.out.flush();
        for (int i = 0; ; i++) {
            clock.advance(Duration.ofSeconds(1));
            if (i % DEVICE_EVERY == DEVICE_EVERY - 1 && giveNextDevice(services, nurse, deviceSessions, clock, "dev" + run + "-" + i)) {
                continue;
            }
            String request = "run" + run + "-" + i;
            services.sessions().recordVitals(nurse, session, 120 + i % 20, 78, 72, 98, clock.instant(), request).value();
            System.out.println("committed " + request);
            System.out.flush();
        }
    }

    /**
     * The next device, a minute later, to the session with the fewest given: every session has its
     * first device before any has its second, so each device rest (ADM-2) has run out by then.
     */
    private static boolean giveNextDevice(Services services, Actor nurse, List<Long> sessions, MutableClock clock, String request) {
        long next = -1;
        int fewest = DEVICES_PER_SESSION;
        for (long id : sessions) {
            int given = services.sessions().view(nurse, id).value().snapshot().devicesGiven();
            if (given < fewest) {
                fewest = given;
                next = id;
            }
        }
        if (next < 0) {
            return false;
        }
        clock.advance(Duration.ofMinutes(1));
        services.sessions().giveDevice(nurse, next, "LOT-A1", true, "", request).value();
        System.out.println("committed " + request);
        System.out.flush();
        return true;
    }

    /** Patients on the other chairs, checked in, ready and authorised for three devices each. */
    private static List<Long> authorisedSessions(Services services, MutableClock clock) {
        Actor nurse = login(services, "nurse.li", NURSE_PASSWORD);
        Actor prescriber = login(services, "drchen", PRESCRIBER_PASSWORD);
        List<Long> sessions = new ArrayList<>();
        for (int chair = 2; chair <= OTHER_CHAIRS + 1; chair++) {
            long session = booked(services, nurse, prescriber, clock, "D" + chair, chair);
            SessionEngine engine = services.sessions();
            engine.startSession(nurse, session, "setup-d" + chair + "-1").value();
            Checklists.answerAllSafely(engine, nurse, session, clock.instant(), "setup-d" + chair + "-c");
            engine.completeChecklist(nurse, session, "setup-d" + chair + "-2").value();
            engine.recordBaseline(nurse, session, 124, 80, 72, 98, clock.instant(), "setup-d" + chair + "-3").value();
            engine.authoriseDose(prescriber, session, 28 * DEVICES_PER_SESSION, Route.NASAL, 0, PRESCRIBER_PASSWORD,
                    "setup-d" + chair + "-4").value();
            sessions.add(session);
        }
        return sessions;
    }

    private static long dosedSession(Services services, MutableClock clock) {
        Actor admin = services.setup().setUp(TestClinic.CLINIC, TestClinic.ADMIN, "Ada Admin", TestClinic.ADMIN_PASSWORD).value();
        // Enough chairs for the sessions whose devices are given between readings.
        services.settings().change(admin, SettingKeys.CLINIC_CHAIRS, Integer.toString(OTHER_CHAIRS + 1), "crash test floor").value();
        Actor nurse = person(services, admin, "nurse.li", NURSE_PASSWORD, Set.of(Role.NURSE), false);
        Actor prescriber = person(services, admin, "drchen", PRESCRIBER_PASSWORD, Set.of(Role.PRESCRIBER), true);
        Stockroom.nasal(services, nurse, prescriber, PRESCRIBER_PASSWORD, LocalDate.ofInstant(clock.instant(), clock.getZone()));
        long session = booked(services, nurse, prescriber, clock, "1", 1);
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

    private static long booked(Services services, Actor nurse, Actor prescriber, MutableClock clock, String tag, int chair) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        // A birth date per chair: the same name and date would be held back as a possible duplicate.
        Patient patient = new Patient("MRN-CRASH-" + tag, new PersonName("Crash", "Test " + tag), today.minusYears(40).minusDays(chair),
                Sex.FEMALE, null,
                null, "ID-CRASH-" + tag, Optional.empty(), Allergies.NONE_KNOWN, Optional.empty(),
                new Childbearing(ChildbearingPotential.NO, false, ""), "");
        long patientId = ((Registration.Saved) services.patients().register(nurse, patient, false).value()).patient().id();
        services.screenings().record(nurse, patientId, Screening.clear(today)).value();
        long course = services.courses().start(prescriber, patientId, Indication.TRD, Route.NASAL, "", today).value().course().id();
        return services.clinicDay().book(nurse, course, today, chair).value().sessionId();
    }

    private static Actor person(Services services, Actor admin, String username, String password, Set<Role> roles, boolean right) {
        String code = services.users().create(admin, username, "Person " + username, roles, right).value().oneTimeCode();
        services.accounts().completeReset(username, code, password).value();
        // PWD-5: as the owner does next, a login with the chosen password releases the account's signatures.
        return ((LoginResult.Granted) services.accounts().login(username, password)).actor();
    }

    private static Actor login(Services services, String username, String password) {
        return ((LoginResult.Granted) services.accounts().login(username, password)).actor();
    }
}
