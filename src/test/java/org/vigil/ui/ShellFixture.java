package org.vigil.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.vigil.demo.DemoClinic;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.service.Services;
import org.vigil.service.UserAdministration.NewAccount;
import org.vigil.service.WorkstationPreferences;
import org.vigil.testing.MutableClock;
import org.vigil.testing.TestServices;
import org.vigil.ui.alarm.RecordingAlarmSound;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.shell.AppShell;

/**
 * A Vigil window over a real database in a temporary folder, with a clock the test moves and
 * database work run in line so the robot never races it.
 */
final class ShellFixture implements AutoCloseable {

    static final String CLINIC = "Harbour Mood Clinic";
    static final String ADMIN_PASSWORD = "harbour lights at dawn";
    static final Instant MORNING = Instant.parse("2026-11-30T08:00:00Z");

    final Path dir;
    final MutableClock clock;
    final Services services;
    final UiContext ui;
    final AppShell shell;
    final RecordingAlarmSound sound = new RecordingAlarmSound();
    final Scene scene;

    private enum Start { FRESH, CLINIC, DEMO, EXISTING }

    private ShellFixture(Stage stage, Path dir, Locale language, Start start) {
        this(stage, dir, language, start, MORNING);
    }

    private ShellFixture(Stage stage, Path dir, Locale language, Start start, Instant at) {
        this.dir = dir;
        this.clock = new MutableClock(at);
        this.services = TestServices.open(dir, clock);
        switch (start) {
            case FRESH -> { }
            case CLINIC -> services.setup().setUp(CLINIC, "admin", "Ada Admin", ADMIN_PASSWORD).value();
            case DEMO -> new DemoClinic(services).seedIfEmpty();
            case EXISTING -> { }
        }
        this.ui = new UiContext(language, clock, ZoneOffset.UTC, Runnable::run, new WorkstationPreferences(dir));
        this.shell = new AppShell(services, ui, start == Start.DEMO, sound);
        this.scene = new Scene(shell.root(), 1280, 800);
        AppShell.style(scene);
        stage.setScene(scene);
        stage.show();
        shell.start();
    }

    /** A clinic that has never been set up: the first-run screen. */
    static ShellFixture fresh(Stage stage, Path dir) {
        return new ShellFixture(stage, dir, Locale.ENGLISH, Start.FRESH);
    }

    /** A clinic with its administrator, at the login screen. */
    static ShellFixture withClinic(Stage stage, Path dir, Locale language) {
        return new ShellFixture(stage, dir, language, Start.CLINIC);
    }

    /** The program started again on a folder another window used, at a later moment (a restart). */
    static ShellFixture restarted(Stage stage, Path dir, Locale language, Instant at) {
        return new ShellFixture(stage, dir, language, Start.EXISTING, at);
    }

    /** The demo clinic of `vigil --demo`, at the login screen. */
    static ShellFixture demo(Stage stage, Path dir, Locale language) {
        return new ShellFixture(stage, dir, language, Start.DEMO);
    }

    Actor admin() {
        return ((org.vigil.service.LoginResult.Granted) services.accounts().login("admin", ADMIN_PASSWORD)).actor();
    }

    /** Creates an account and chooses its password, as its owner would with the one-time code. */
    Actor person(String username, String fullName, String password, Set<Role> roles, boolean right) {
        NewAccount created = services.users().create(admin(), username, fullName, roles, right).value();
        services.accounts().completeReset(username, created.oneTimeCode(), password).value();
        // PWD-5: as the owner does next, a login with the chosen password releases the account's signatures.
        return ((org.vigil.service.LoginResult.Granted) services.accounts().login(username, password)).actor();
    }

    /** The whole audit trail, oldest first, read as the administrator. */
    java.util.List<org.vigil.domain.AuditEvent> clinicAudit() {
        return services.integrity().latest(admin(), Integer.MAX_VALUE).value().reversed();
    }

    @Override
    public void close() {
        org.testfx.util.WaitForAsyncUtils.asyncFx(shell::dispose);
        services.close();
    }
}
