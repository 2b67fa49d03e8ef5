package org.vigil.ui.shell;

import java.time.Duration;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.domain.Actor;
import org.vigil.domain.Refusal;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.alarm.AlarmState;
import org.vigil.service.Services;
import org.vigil.text.Messages;
import org.vigil.ui.alarm.AlarmBar;
import org.vigil.ui.alarm.AlarmLook;
import org.vigil.ui.alarm.AlarmSound;
import org.vigil.ui.board.FloorDueList;
import org.vigil.ui.board.FloorModel;
import org.vigil.ui.common.Fonts;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.FormMessages;
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

    private static final Logger log = LoggerFactory.getLogger(AppShell.class);

    private final Services services;
    private final UiContext ui;
    private final boolean demo;
    private final BorderPane root = new BorderPane();
    private final StackPane screen = new StackPane();
    private final AlarmBar alarmBar;
    private final IntegrityBanner integrityBanner;
    private final Timeline ticker;
    private final ListChangeListener<Window> newWindows = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::watchActivity);
        }
    };

    private Actor actor;
    private final FloorModel floor;
    private final FloorDueList watchList;
    private final Label watchHint = FormField.messageLine("watchHint");
    private MainView main;
    private LockView lockView;
    private Instant lastActivity;
    /** Where backups run: the running Vigil's backup thread once it is given, else one of the window's own. */
    private java.util.concurrent.Executor backupThread;
    private Duration idleLimit;

    /**
     * @param sound the alarm sound (ALM-1): synthesised tones in the program, a recording fake in tests
     */
    public AppShell(Services services, UiContext ui, boolean demo, AlarmSound sound) {
        this.services = services;
        this.ui = ui;
        this.demo = demo;
        root.getStyleClass().add("app-root");
        root.setCenter(screen);
        // Across the top of every screen, the lock screen included: alarms stay visible (ALM-2).
        this.alarmBar = new AlarmBar(ui, sound, this::describe, this::acknowledge);
        this.integrityBanner = new IntegrityBanner(ui);
        root.setTop(new VBox(alarmBar.root(), integrityBanner.root()));
        // Watching starts with the window, before anyone logs in: after a restart the overdue
        // items alarm at once (ALM-4); without a user the watch holds no patient details.
        this.floor = new FloorModel(services, ui, () -> actor);
        this.watchList = new FloorDueList(ui, floor);
        floor.floorProperty().addListener((obs, old, now) -> watchList.tick());
        floor.alarmsProperty().addListener((obs, old, now) -> showAlarms());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (AlarmBar.ACKNOWLEDGE_SHORTCUT.match(e)) {
                alarmBar.acknowledgeMostUrgent();
                e.consume();
            }
        });
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
        start(null);
    }

    // --- paint-first start (issue 15, item 14) ---

    /**
     * Starts with the login screen the window showed while the database opened, so what was
     * typed there (and a login already sent) carries on; it gets the floor watch beside it and
     * the alarm bar above at once, before this shell's root goes into the scene. A folder held
     * (SIG-4) shows its hold instead.
     *
     * @param shownEarly the early login screen of a clinic that is set up, whose logins must
     *                   reach {@link #loggedInEarly}; or null to start as {@link #start()} does
     */
    public void start(LoginView shownEarly) {
        if (showHold()) {
            return;
        }
        checkIntegrityInBackground();
        if (shownEarly == null) {
            showEntry();
        } else {
            startWatching();
            showLogin(shownEarly);
        }
    }

    /** Where the early login screen hands the person who logged in. */
    public void loggedInEarly(Actor who) {
        loggedIn(who);
    }

    // --- end of paint-first start ---

    /** SIG-4: nothing can be saved, a login included, until an administrator repairs the protections. */
    private boolean showHold() {
        List<Refusal> held = services.integrity().protectionsMissing();
        if (!held.isEmpty()) {
            show(new IntegrityHoldView(ui, held).root());
        }
        return !held.isEmpty();
    }

    private void showEntry() {
        startWatching();
        ui.background().run(() -> services.setup().isSetUp(), setUp -> {
            if (setUp) {
                showLogin();
            } else {
                show(new FirstRunView(services, ui, this::loggedIn).root());
            }
        }, this::fatal);
    }

    /** ALM-4: opening the folder noted what fell due while closed; from here the program watches. */
    private void startWatching() {
        ui.background().run(() -> {
            services.startWatching();
            return null;
        }, ignored -> { }, this::fatal);
    }

    /** The daily integrity check's thread; stopped (never interrupted) with the window. */
    private java.util.concurrent.ScheduledExecutorService checks;

    /** How often the integrity thread asks whether the daily whole check is due: cheap (two small files read). */
    private static final Duration INTEGRITY_LOOK_EVERY = Duration.ofMinutes(10);

    /**
     * SIG-4: the whole check (chain, every record against its event) once a day on a thread of its
     * own (issue 16), so that nobody waits for it and writes go on; at start when it is due (a
     * day since the last, or the last found a problem). What it finds stays across the top of the
     * window. The thread is a daemon: closing the window does not wait for a check under way.
     */
    private void checkIntegrityInBackground() {
        checks = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread check = new Thread(r, "integrity-check");
            check.setDaemon(true);
            check.setPriority(Thread.MIN_PRIORITY);
            return check;
        });
        checks.scheduleWithFixedDelay(() -> {
            try {
                services.dailyCheck().runIfDue().ifPresent(report -> {
                    List<Refusal> problems = report.problems();
                    Platform.runLater(() -> integrityBanner.show(problems));
                });
            } catch (RuntimeException e) {
                log.error("The daily integrity check failed", e);
            }
        }, 0, INTEGRITY_LOOK_EVERY.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    void showLogin() {
        showLogin(new LoginView(services, ui, demo, this::loggedIn));
    }

    private void showLogin(LoginView login) {
        actor = null;
        main = null;
        lockView = null;
        watchHint.setText("");
        show(withFloorWatch(login.root()));
        watchList.tick();
        floor.reload();
    }

    private void loggedIn(Actor who) {
        actor = who;
        lastActivity = ui.clock().instant();
        readIdleLimit();
        main = new MainView(services, ui, who, demo, this, floor, alarmBar.soundUnavailableProperty());
        show(main.root());
        floor.reload();
    }

    /** The login screen with the de-identified floor beside it, so a restarted workstation keeps watch. */
    private Node withFloorWatch(Node login) {
        VBox panel = new VBox(8, watchList.root(), watchHint);
        panel.getStyleClass().addAll("card", "login-floor-watch");
        panel.setPadding(new Insets(20));
        panel.setMaxHeight(Region.USE_PREF_SIZE);
        panel.setPrefWidth(380);
        panel.setMaxWidth(380);
        BorderPane both = new BorderPane(login);
        both.setRight(panel);
        BorderPane.setMargin(panel, new Insets(30));
        BorderPane.setAlignment(panel, Pos.CENTER);
        return both;
    }

    /** The floor's shown alarms, in the bar, recomputed from the clock (ALM-2, ALM-3). */
    private void showAlarms() {
        List<FloorModel.FloorAlarm> alarms = floor.alarms();
        shownAlarms.clear();
        alarms.forEach(a -> shownAlarms.put(a.state(), a));
        alarmBar.show(alarms.stream().map(FloorModel.FloorAlarm::state).toList());
    }

    private final Map<AlarmState, FloorModel.FloorAlarm> shownAlarms = new IdentityHashMap<>();

    /** "Chair 4 · BP check overdue · since 09:45": no patient name, so it can show on the lock screen; the words of every alarm view (issue 15). */
    private String describe(AlarmState state) {
        FloorModel.FloorAlarm alarm = shownAlarms.get(state);
        return AlarmLook.describe(ui, alarm == null ? 0 : alarm.chair().chair(), state.alarm());
    }

    /** ALM-2: acknowledging pauses the sound; it is recorded on the session as who and when. */
    private void acknowledge(AlarmState state) {
        FloorModel.FloorAlarm alarm = shownAlarms.get(state);
        if (alarm == null) {
            return;
        }
        if (lockView != null) {
            lockView.hint(ui.text("lock.acknowledgeNeedsUnlock"));
            return;
        }
        if (actor == null) {
            watchHint.setText(ui.text("login.acknowledgeNeedsLogin"));
            return;
        }
        Actor who = actor;
        String request = UUID.randomUUID().toString();
        ui.background().run(() -> services.sessions().acknowledgeAlarm(who, alarm.chair().sessionId(), state.alarm().cause(), request),
                // A refusal may mean another workstation got there first: this floor is then behind, so it loads again.
                outcome -> new FormMessages(ui, refused -> {
                    notice(refused);
                    floor.reload();
                }).show(outcome, floor::update), this::notice);
    }

    /** A sentence where the user is looking: the status bar, or under the floor list. */
    private void notice(String text) {
        if (main != null && lockView == null) {
            main.notice(text);
        } else if (lockView != null) {
            lockView.hint(text);
        } else {
            watchHint.setText(text);
        }
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
        lockView = new LockView(services, ui, who, ui.clock().instant(), this::unlocked, watchList.root());
        closeDialogs();
        show(lockView.root());
        watchList.tick();
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
        if (checks != null) {
            // shutdown, not shutdownNow: a check under way inside the database is never interrupted.
            checks.shutdown();
        }
        alarmBar.dispose();
        Window.getWindows().removeListener(newWindows);
    }

    public boolean locked() {
        return lockView != null;
    }

    /** Called every second; public so tests can drive it with their own clock. */
    public void tick() {
        floor.tick();
        watchList.tick();
        showAlarms();
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
        integrityBanner.languageChanged();
        if (showHold()) {
            return;
        }
        if (lockView != null) {
            return;
        }
        if (main != null) {
            main = main.rebuilt();
            show(main.root());
        } else if (actor == null) {
            showEntry();
        }
    }

    /** Chinese needs a CJK font named; English keeps the platform font and its punctuation. */
    private void applyFont(Messages messages) {
        root.setStyle(Fonts.styleFor(messages.locale()));
    }

    private void show(Node shown) {
        screen.getChildren().setAll(shown);
    }

    /**
     * SETUP-1: the running Vigil's backup thread. "Back up now" runs there, one backup at a time with
     * the daily one, and a daily backup taken or failed is shown at once (the alarm).
     */
    public void backups(org.vigil.service.BackupRunner runner) {
        backupThread = runner.executor();
        runner.onChange(() -> javafx.application.Platform.runLater(() -> {
            if (main != null) {
                main.backupsChanged();
            }
        }));
    }

    /** Where a backup asked for in the window runs: never the window's thread, never its database queue. */
    java.util.concurrent.Executor backupThread() {
        if (backupThread == null) {
            backupThread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "vigil-backup-window");
                t.setDaemon(true);
                return t;
            });
        }
        return backupThread;
    }

    /** The alarm bar, for tests and screenshots. */
    public AlarmBar alarmBar() {
        return alarmBar;
    }

    private void fatal(String message) {
        show(new javafx.scene.control.Label(message));
    }
}
