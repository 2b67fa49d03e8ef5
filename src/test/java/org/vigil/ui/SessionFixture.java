package org.vigil.ui;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.domain.course.Indication;
import org.vigil.domain.Route;
import org.vigil.domain.patient.Allergies;
import org.vigil.domain.patient.Childbearing;
import org.vigil.domain.patient.ChildbearingPotential;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.patient.PersonName;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.patient.Sex;
import org.vigil.domain.patient.Weight;
import org.vigil.service.Checklists;
import org.vigil.service.Courses;
import org.vigil.service.Registration;
import org.vigil.service.Services;
import org.vigil.service.SessionEngine;
import org.vigil.service.SessionView;
import org.vigil.service.UserAdministration.NewAccount;
import org.vigil.service.WorkstationPreferences;
import org.vigil.testing.MutableClock;
import org.vigil.testing.TestServices;
import org.vigil.ui.board.FloorModel;
import org.vigil.ui.common.Fonts;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.report.ReportOutput;
import org.vigil.ui.session.SessionScreen;
import org.vigil.ui.shell.AppShell;
import org.vigil.testing.Stockroom;

/**
 * A clinic with a nurse, a prescriber and Grace Lee booked on chair 3 for her first TRD nasal
 * session today, over a real database, on a clock the test moves; and the session screen on a
 * 1280×800 stage with database work run in line. Like the service tests' SessionFloor, the
 * session can also be moved on through the service, as another workstation would.
 */
final class SessionFixture implements AutoCloseable {

    static final Instant MORNING = Instant.parse("2026-11-30T08:00:00Z");
    static final String NURSE_PASSWORD = "tea at ten on the ward";
    static final String PRESCRIBER_PASSWORD = "rounds begin at nine sharp";
    private static final String ADMIN_PASSWORD = "harbour lights at dawn";

    final MutableClock clock = new MutableClock(MORNING);
    final Services services;
    final Actor nurse;
    final Actor prescriber;
    final long sessionId;
    final Path dir;
    FloorModel floor;
    SessionScreen screen;
    /** Who is logged in at the workstation the screen opens on: the nurse unless a test says otherwise. */
    Actor at;
    /** The clinic's zone the screen shows times in; a named zone makes the signature line spell it out (SIG-1). */
    java.time.ZoneId zone = ZoneOffset.UTC;
    Scene scene;
    int backPressed;
    /** Where the screen's "Report…" prints and how it opens a saved PDF; a test may hand in stand-ins before {@link #show}. */
    ReportOutput reports = ReportOutput.system();

    SessionFixture(Path dir) {
        this(dir, Route.NASAL);
    }

    /** The same clinic with Grace Lee (62 kg, weighed today) on a TRD course by this route. */
    SessionFixture(Path dir, Route route) {
        this.dir = dir;
        this.services = TestServices.open(dir, clock);
        Actor admin = services.setup().setUp("Harbour Mood Clinic", "admin", "Ada Admin", ADMIN_PASSWORD).value();
        nurse = person(admin, "nurse.li", "Li Na", NURSE_PASSWORD, Set.of(Role.NURSE), false);
        prescriber = person(admin, "drchen", "Dr Wei Chen", PRESCRIBER_PASSWORD, Set.of(Role.PRESCRIBER, Role.NURSE), true);
        at = nurse;
        Stockroom.nasal(services, nurse, prescriber, PRESCRIBER_PASSWORD, LocalDate.ofInstant(clock.instant(), clock.getZone()));
        Stockroom.iv(services, nurse, prescriber, PRESCRIBER_PASSWORD, LocalDate.ofInstant(clock.instant(), clock.getZone()));
        LocalDate today = LocalDate.ofInstant(MORNING, ZoneOffset.UTC);
        Patient grace = new Patient("RMC-00301", new PersonName("Lee", "Grace"), LocalDate.parse("1979-04-12"), Sex.FEMALE, null, null,
                "ID-RMC-00301", Optional.of(new Weight(new BigDecimal("62"), today)), Allergies.NONE_KNOWN, Optional.empty(),
                new Childbearing(ChildbearingPotential.NO, false, ""), "");
        long patientId = ((Registration.Saved) services.patients().register(nurse, grace, false).value()).patient().id();
        services.screenings().record(nurse, patientId, Screening.clear(today)).value();
        long courseId = services.courses().start(prescriber, patientId, Indication.TRD, route, "", today)
                .value().course().id();
        sessionId = services.clinicDay().book(nurse, courseId, today, 3).value().sessionId();
    }

    private Actor person(Actor admin, String username, String fullName, String password, Set<Role> roles, boolean right) {
        NewAccount created = services.users().create(admin, username, fullName, roles, right).value();
        services.accounts().completeReset(username, created.oneTimeCode(), password).value();
        // PWD-5: as the owner does next, a login with the chosen password releases the account's signatures.
        return ((org.vigil.service.LoginResult.Granted) services.accounts().login(username, password)).actor();
    }

    /** Opens the session screen for the nurse, in the given language, on the stage. */
    void show(Stage stage, Locale language) {
        show(stage, language, Runnable::run);
    }

    /** @param background where the screen's database work runs; a queue lets a test press twice before the first answer */
    void show(Stage stage, Locale language, Executor background) {
        UiContext ui = new UiContext(language, clock, zone, background, new WorkstationPreferences(dir));
        screen = screen(ui, sessionId, () -> backPressed++);
        scene = new Scene(screen.root(), 1280, 800);
        screen.root().setStyle(Fonts.styleFor(ui.messages().locale()));
        AppShell.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** A session's screen as the nurse opens it from the board: over this workstation's floor, loaded first. */
    SessionScreen screen(UiContext ui, long session, Runnable onBack) {
        Actor who = at;
        floor = new FloorModel(services, ui, () -> who);
        floor.reload();
        return new SessionScreen(services, ui, () -> who, floor, session, onBack, reports);
    }

    void minutes(double m) {
        clock.advance(Duration.ofSeconds(Math.round(m * 60)));
    }

    // --- the same session moved on through the service, as another workstation would ---

    SessionEngine engine() {
        return services.sessions();
    }

    String request() {
        return UUID.randomUUID().toString();
    }

    /** Checked in, every answer safe, checklist complete, baseline 128/82, 56 mg authorised, two devices 5 min apart. */
    SessionView dosed() {
        return dosed(128, 82);
    }

    /** The same from another baseline (BP-6 rises are measured from it). */
    SessionView dosed(int baselineSbp, int baselineDbp) {
        engine().startSession(nurse, sessionId, request()).value();
        Checklists.answerAllSafely(engine(), nurse, sessionId, clock.instant(), request());
        engine().completeChecklist(nurse, sessionId, request()).value();
        engine().recordBaseline(nurse, sessionId, baselineSbp, baselineDbp, 76, 98, null, request()).value();
        engine().authoriseDose(prescriber, sessionId, 56, org.vigil.domain.Route.NASAL, 0, PRESCRIBER_PASSWORD, request()).value();
        minutes(2);
        engine().giveDevice(nurse, sessionId, "LOT-A1", true, null, request()).value();
        minutes(5);
        return engine().giveDevice(nurse, sessionId, "LOT-A1", true, null, request()).value();
    }

    SessionView vitals(int sbp, int dbp, int hr, int spo2) {
        return engine().recordVitals(nurse, sessionId, sbp, dbp, hr, spo2, null, request()).value();
    }

    SessionView moaas(int score) {
        return engine().scoreSedation(nurse, sessionId, score, null, request()).value();
    }

    @Override
    public void close() {
        services.close();
    }
}
