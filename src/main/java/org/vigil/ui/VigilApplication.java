package org.vigil.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.demo.DemoClinic;
import org.vigil.service.BackupRequests;
import org.vigil.service.BackupRunner;
import org.vigil.service.DataFolderUnavailable;
import org.vigil.service.Services;
import org.vigil.service.WorkstationPreferences;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.alarm.SynthesizedAlarmSound;
import org.vigil.ui.login.LoginView;
import org.vigil.ui.shell.AppShell;
import org.vigil.ui.shell.StartupProblemView;

/**
 * The Vigil window. Started by {@code org.vigil.Main}; the database opens in the background once
 * the login screen's first frame is painted, and the screen takes typing meanwhile.
 */
public final class VigilApplication extends Application {

    private static final Logger log = LoggerFactory.getLogger(VigilApplication.class);

    private record LaunchOptions(Path dataDir, boolean demo, Locale language, Clock clock) {}

    private static volatile LaunchOptions options;

    private ExecutorService database;
    /** The opening waits for the window's first frame; completed by stop() too, should the window close before it. */
    private CompletableFuture<Void> firstFrame = CompletableFuture.completedFuture(null);
    private volatile Services services;
    /** SETUP-1: the daily backup and "Back up now", on their own thread. */
    private volatile BackupRunner backupRunner;
    /** DB-1: `vigil backup` while this window has the folder. */
    private volatile BackupRequests backupRequests;
    /** ALM-1: one sound for the window; its thread ends when the program stops. */
    private final SynthesizedAlarmSound sound = new SynthesizedAlarmSound();

    /** Blocks until the window closes. */
    public static int launch(Path dataDir, boolean demo, Locale language, Clock clock) {
        options = new LaunchOptions(dataDir, demo, language, clock);
        Application.launch(VigilApplication.class);
        return 0;
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions o = options;
        WorkstationPreferences preferences = new WorkstationPreferences(o.dataDir());
        Locale language = o.language() != null ? o.language() : preferences.language(Locale.getDefault());
        database = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "vigil-database");
            t.setDaemon(true);
            return t;
        });
        UiContext ui = new UiContext(language, o.clock(), ZoneId.systemDefault(), database, preferences);
        Scene scene = new Scene(new javafx.scene.layout.StackPane(), 1280, 800);
        AppShell.style(scene);
        stage.setScene(scene);
        stage.setTitle("Vigil");
        stage.getIcons().add(new javafx.scene.image.Image(
                java.util.Objects.requireNonNull(VigilApplication.class.getResource("/icons/vigil.png")).toExternalForm()));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        // Paint first (issue 15): a clinic that exists gets its login screen in the window's first frame.
        boolean exists = Services.existsIn(o.dataDir());
        AtomicReference<EarlyLogin> earlyLogin = new AtomicReference<>();
        firstFrame = FirstFrame.of(scene);
        // The opening is queued first: the early login's own database work (the clinic's name, a login) runs after it.
        database.execute(() -> {
            firstFrame.join();
            try {
                Services folder = Services.open(o.dataDir(), o.clock());
                // A demo cut short last time is built again: the services are then new.
                Services opened = o.demo() ? DemoClinic.ready(folder) : folder;
                services = opened;
                boolean setUp = opened.setup().isSetUp();
                BackupRunner runner = new BackupRunner(opened.backupSchedule(), o.clock());
                backupRunner = runner;
                backupRequests = listenForBackupRequests(opened);
                Platform.runLater(() -> {
                    EarlyLogin early = earlyLogin.get();
                    AppShell shell = new AppShell(opened, ui, o.demo(), sound);
                    shell.backups(runner);
                    if (early != null) {
                        early.stopFollowingLanguage();
                    }
                    if (early != null && setUp) {
                        early.handOver(shell);
                    } else {
                        // First-run setup (or a demo still to be built) is the shell's own screen.
                        scene.setRoot(shell.root());
                        shell.start();
                    }
                    runner.start();
                });
            } catch (DataFolderUnavailable e) {
                log.error("Cannot open the data folder", e);
                Platform.runLater(() -> {
                    if (earlyLogin.get() != null) {
                        earlyLogin.get().stopFollowingLanguage();
                    }
                    scene.setRoot(new StartupProblemView(ui, e.reason(), e.path()).root());
                });
            } catch (RuntimeException e) {
                log.error("Start-up failed", e);
                // A full disk fails the first writes of a start too: it is said as such, never as damage to restore.
                DataFolderUnavailable.Reason reason = org.vigil.service.DiskFull.causedBy(e) ? DataFolderUnavailable.Reason.DISK_FULL
                        : DataFolderUnavailable.Reason.DAMAGED;
                Platform.runLater(() -> {
                    if (earlyLogin.get() != null) {
                        earlyLogin.get().stopFollowingLanguage();
                    }
                    scene.setRoot(new StartupProblemView(ui, reason, o.dataDir()).root());
                });
            }
        });
        if (exists) {
            earlyLogin.set(new EarlyLogin(scene, ui, o.demo()));
        }
        stage.show();
    }

    /** The services once the folder is open; asked on the database thread only, where that is always after the opening. */
    private Services openedServices() {
        Services opened = services;
        if (opened == null) {
            // Work queued behind an opening that failed: the window shows the start-up problem instead.
            throw new IllegalStateException("The data folder did not open");
        }
        return opened;
    }

    /**
     * The login screen shown before the database is open (issue 15, item 14). It is rebuilt when
     * the language is changed on it, and handed to the shell with whatever was typed once the
     * shell exists; a login sent before then is answered to the shell, which exists by the time
     * the database thread has answered it.
     */
    private final class EarlyLogin {

        private final Scene scene;
        private final UiContext ui;
        private final boolean demo;
        private final javafx.beans.value.ChangeListener<org.vigil.text.Messages> languageChanged;
        private volatile AppShell shell;
        private LoginView login;

        EarlyLogin(Scene scene, UiContext ui, boolean demo) {
            this.scene = scene;
            this.ui = ui;
            this.demo = demo;
            this.languageChanged = (obs, old, now) -> show();
            ui.messagesProperty().addListener(languageChanged);
            show();
        }

        private void show() {
            login = new LoginView(VigilApplication.this::openedServices, ui, demo, who -> shell.loggedInEarly(who));
            scene.setRoot(login.root());
        }

        /** From here the shell (or the start-up problem) decides what the window shows. */
        void stopFollowingLanguage() {
            ui.messagesProperty().removeListener(languageChanged);
        }

        /** The shell takes the login screen; the field being typed in keeps the focus and the caret. */
        void handOver(AppShell taking) {
            shell = taking;
            javafx.scene.Node focused = scene.getFocusOwner();
            TextInputControl field = focused instanceof TextInputControl f ? f : null;
            int anchor = field == null ? 0 : field.getAnchor();
            int caret = field == null ? 0 : field.getCaretPosition();
            taking.start(login);
            scene.setRoot(taking.root());
            if (focused != null && focused.getScene() == scene) {
                focused.requestFocus();
                if (field != null) {
                    field.selectRange(anchor, caret);
                }
            }
        }
    }

    /** Without the port the window still works; `vigil backup` then says the folder is in use, as it did before. */
    private static BackupRequests listenForBackupRequests(Services opened) {
        try {
            return BackupRequests.start(opened);
        } catch (java.io.IOException | RuntimeException e) {
            log.warn("Backups from the command line cannot reach this window", e);
            return null;
        }
    }

    @Override
    public void stop() {
        firstFrame.complete(null);
        sound.close();
        if (backupRequests != null) {
            backupRequests.close();
        }
        if (backupRunner != null) {
            // A backup that has started finishes before the database closes under it.
            backupRunner.close();
        }
        if (database != null) {
            // Let queued writes finish: never interrupt work inside the database.
            database.execute(() -> {
                if (services != null) {
                    services.close();
                }
            });
            database.shutdown();
            try {
                // The process exits when this returns: wait for the last writes and the checkpoint.
                if (!database.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    log.warn("Database work still running at exit");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                log.warn("Interrupted while waiting for database work to finish", e);
            }
        }
    }
}
