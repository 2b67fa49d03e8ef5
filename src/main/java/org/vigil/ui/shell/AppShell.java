package org.vigil.ui.shell;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.vigil.domain.Actor;
import org.vigil.domain.SettingKeys;
import org.vigil.service.Services;
import org.vigil.text.Messages;
import org.vigil.ui.common.Fonts;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.lock.LockView;
import org.vigil.ui.login.LoginView;
import org.vigil.ui.setup.FirstRunView;

/**
 * Decides which screen the window shows: first-run setup, login, the clinic, or the lock
 * screen. Locking takes the clinic's node out of the scene (so nothing of it can be seen or read
 * from the scene graph) but keeps it in memory, so no one's work is lost.
 */
public final class AppShell {

    private final Services services;
    private final UiContext ui;
    private final boolean demo;
    private final StackPane root = new StackPane();
    private final Timeline ticker;
    private final ListChangeListener<Window> newWindows = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::watchActivity);
        }
    };

    private Actor actor;
    private MainView main;
    private LockView lockView;
    private Instant lastActivity;
    private Duration idleLimit;

    public AppShell(Services services, UiContext ui, boolean demo) {
        this.services = services;
        this.ui = ui;
        this.demo = demo;
        root.getStyleClass().add("app-root");
        // Typing in a dialog is activity too: watch every window of the application.
        Window.getWindows().forEach(this::watchActivity);
        Window.getWindows().addListener(newWindows);
        ui.messagesProperty().addListener((obs, old, now) -> languageChanged(now));
        applyFont(ui.messages());
        // Countdowns and the idle check are recomputed from the clock each second, never counted down.
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    /** The stylesheet every Vigil scene uses. */
    public static void style(Scene scene) {
        scene.getStylesheets().add(Objects.requireNonNull(AppShell.class.getResource("/css/vigil.css")).toExternalForm());
    }

    public Parent root() {
        return root;
    }

    public void start() {
        ui.background().run(() -> services.setup().isSetUp(), setUp -> {
            if (setUp) {
                showLogin();
            } else {
                show(new FirstRunView(services, ui, this::loggedIn).root());
            }
        }, this::fatal);
    }

    void showLogin() {
        actor = null;
        main = null;
        lockView = null;
        show(new LoginView(services, ui, demo, this::loggedIn).root());
    }

    private void loggedIn(Actor who) {
        actor = who;
        lastActivity = ui.clock().instant();
        readIdleLimit();
        main = new MainView(services, ui, who, demo, this);
        show(main.root());
    }

    /** Locks now, e.g. from the toolbar or Ctrl+L, or when idle. */
    public void lock(String why) {
        if (actor == null || lockView != null) {
            return;
        }
        Actor who = actor;
        ui.background().run(() -> {
            services.accounts().screenLocked(who, why);
            return null;
        }, ignored -> { }, message -> { });
        lockView = new LockView(services, ui, who, ui.clock().instant(), this::unlocked);
        closeDialogs();
        show(lockView.root());
    }

    private void unlocked(Actor who) {
        lockView = null;
        lastActivity = ui.clock().instant();
        if (who.userId() != actor.userId()) {
            actor = who;
            main.switchUser(who);
        }
        readIdleLimit();
        show(main.root());
    }

    public void logout() {
        Actor who = actor;
        ui.background().run(() -> {
            services.accounts().logout(who);
            return null;
        }, ignored -> showLogin(), this::fatal);
    }

    /** Stops the clock tick and the window watching; for a window that is being thrown away. */
    public void dispose() {
        ticker.stop();
        Window.getWindows().removeListener(newWindows);
    }

    public boolean locked() {
        return lockView != null;
    }

    /** Called every second; public so tests can drive it with their own clock. */
    public void tick() {
        if (main != null && lockView == null) {
            main.tick();
            if (idleLimit != null && lastActivity != null
                    && !ui.clock().instant().isBefore(lastActivity.plus(idleLimit))) {
                lock("idle");
            }
        }
        if (lockView != null) {
            lockView.tick();
        }
    }

    /** Settings may change while someone works; re-read the idle limit at each login or unlock. */
    void readIdleLimit() {
        ui.background().run(() -> services.settings().current().integer(SettingKeys.IDLE_LOCK_MINUTES),
                minutes -> idleLimit = Duration.ofMinutes(minutes), this::fatal);
    }

    private void watchActivity(Window window) {
        window.addEventFilter(MouseEvent.ANY, this::activity);
        window.addEventFilter(KeyEvent.ANY, this::activity);
    }

    /**
     * A dialog left open would show its content over the lock screen and, being modal, keep the
     * lock screen from taking a password: it is cancelled. Only what was typed in that dialog is
     * lost; the main window keeps everything.
     */
    private void closeDialogs() {
        Window main = root.getScene() == null ? null : root.getScene().getWindow();
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window != main && window instanceof Stage stage && stage.isShowing()) {
                stage.close();
            }
        }
    }

    private void activity(Event event) {
        if (lockView == null) {
            lastActivity = ui.clock().instant();
        }
    }

    private void languageChanged(Messages messages) {
        applyFont(messages);
        if (lockView != null) {
            return;
        }
        if (main != null) {
            main = main.rebuilt();
            show(main.root());
        } else if (actor == null) {
            start();
        }
    }

    /** Chinese needs a CJK font named; English keeps the platform font and its punctuation. */
    private void applyFont(Messages messages) {
        root.setStyle(Fonts.styleFor(messages.locale()));
    }

    private void show(Node screen) {
        root.getChildren().setAll(screen);
    }

    private void fatal(String message) {
        show(new javafx.scene.control.Label(message));
    }
}
