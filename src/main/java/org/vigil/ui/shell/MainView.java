package org.vigil.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.vigil.domain.Actor;
import org.vigil.domain.Permission;
import org.vigil.service.Services;
import javafx.beans.value.ObservableBooleanValue;
import org.vigil.ui.admin.AdministrationView;
import org.vigil.ui.alarm.NoAudioNotice;
import org.vigil.ui.board.ChairBoardView;
import org.vigil.ui.board.ChairBoardModel;
import org.vigil.ui.board.FloorModel;
import org.vigil.ui.session.SessionScreen;
import org.vigil.ui.common.EnterChooses;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.day.DayListView;
import org.vigil.ui.patients.PatientsView;
import org.vigil.ui.register.RegisterView;
import org.vigil.ui.report.ClinicReportsView;
import org.vigil.ui.report.DayReportsDialog;
import org.vigil.ui.report.ExportDialog;
import org.vigil.ui.report.MonitoringFormsView;
import org.vigil.ui.settings.SettingAlarmBanner;
import org.vigil.ui.settings.SettingsView;

/**
 * The clinic's window once logged in: navigation on the left (only the areas the user's roles
 * may use), the area in the middle, and a status bar with user, clinic, database and clock.
 */
public final class MainView {

    /** How often (in one-second ticks) the setting alarm is read again: a technical pace, not a clinical number. */
    private static final int SETTING_CHECK_TICKS = 60;
    private static final KeyCombination LOCK = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private final Services services;
    private final UiContext ui;
    private final boolean demo;
    private final AppShell shell;
    private final BorderPane root = new BorderPane();
    private final VBox nav = new VBox(4);
    private final StackPane content = new StackPane();
    private final Map<Area, Node> built = new EnumMap<>(Area.class);
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Label user = new Label();
    private final Label clinic = new Label();
    private final Label clock = new Label();
    private final StatusBar statusBar = new StatusBar();
    private final Label userTop = new Label();
    private Actor actor;
    private Area current;
    /** SET-2: settings not used as stored, for administrators; read again at login, on changing area and each minute. */
    private final SettingAlarmBanner settingAlarm;
    private int ticksSinceSettingCheck;
    private final FloorModel floor;
    private final ObservableBooleanValue soundUnavailable;
    private PatientsView patients;
    private DayListView dayList;
    private ChairBoardView board;
    private SessionScreen session;
    private RegisterView register;
    private ClinicReportsView reports;
    private MonitoringFormsView monitoringForms;
    private AdministrationView administration;
    private final BackupAlarmBanner backupAlarm;
    private final MenuButton backupMenu = new MenuButton();

    MainView(Services services, UiContext ui, Actor actor, boolean demo, AppShell shell, FloorModel floor,
             ObservableBooleanValue soundUnavailable) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        this.demo = demo;
        this.shell = shell;
        this.floor = floor;
        this.soundUnavailable = soundUnavailable;
        root.setId("mainView");
        root.getStyleClass().add("main-view");
        this.backupAlarm = new BackupAlarmBanner(services, ui, () -> this.actor, this::openBackups);
        settingAlarm = new SettingAlarmBanner(services, ui, () -> this.actor);
        root.setTop(new VBox(topBar(), backupAlarm.root(), settingAlarm));
        root.setLeft(nav);
        root.setCenter(content);
        root.setBottom(statusBar());
        nav.getStyleClass().add("nav");
        nav.setPadding(new Insets(12, 8, 12, 8));
        nav.setPrefWidth(200);
        content.getStyleClass().add("content");
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (LOCK.match(e)) {
                shell.lock("by user");
                e.consume();
            }
        });
        // Issue 15, item 9: the Enter that chooses in a drop-down reaches no button of this screen.
        EnterChooses.within(root);
        ui.background().run(() -> services.setup().clinic().map(c -> c.name()).orElse(""), clinic::setText, clinic::setText);
        switchUser(actor);
    }

    /** The same window for a new language: a fresh view for the same user and area. */
    MainView rebuilt() {
        MainView fresh = new MainView(services, ui, actor, demo, shell, floor, soundUnavailable);
        if (current != null) {
            fresh.open(current);
        }
        return fresh;
    }

    /** Another user unlocked the screen: keep the open areas they may use, drop the rest. */
    void switchUser(Actor who) {
        this.actor = who;
        user.setText(ui.text("status.user", who.fullName(), who.roles().stream()
                .map(r -> ui.text("role." + r.name())).sorted().collect(Collectors.joining(", "))));
        userTop.setText(who.fullName());
        // SETUP-1: backups are the administrator's; others see neither the menu nor the alarm.
        backupMenu.setVisible(who.may(Permission.MANAGE_BACKUPS) && who.may(Area.ADMINISTRATION.permission));
        backupAlarm.refresh();
        // Views ask for the current actor at each action, so what stays open now acts as the new user.
        built.keySet().removeIf(area -> !who.may(area.permission));
        if (!built.containsKey(Area.PATIENTS)) {
            patients = null;
        }
        nav.getChildren().clear();
        Area first = null;
        for (Area area : Area.values()) {
            if (!who.may(area.permission)) {
                continue;
            }
            ToggleButton button = new ToggleButton(ui.text(area.labelKey));
            button.setId("nav-" + area.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(navGroup);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            button.setOnAction(e -> open(area));
            nav.getChildren().add(button);
            if (first == null) {
                first = area;
            }
        }
        settingAlarm.refresh();
        Area target = current != null && who.may(current.permission) ? current : first;
        if (target != null) {
            open(target);
        }
    }

    void open(Area area) {
        if (current != null && current != area) {
            // Leaving Settings is when a setting was most likely set again.
            settingAlarm.refresh();
        }
        current = area;
        root.setLeft(nav);
        boolean existed = built.containsKey(area);
        Node view = built.computeIfAbsent(area, this::build);
        if (existed && area == Area.CLINIC_DAY) {
            // The day moves on while other areas are open: show it as it is now.
            dayList.refresh();
        }
        if (existed && area == Area.REGISTER) {
            // Sessions elsewhere write administrations, and the user may have changed at the lock screen.
            register.refresh();
        }
        if (existed && area == Area.MONITORING_FORMS) {
            // Sessions end elsewhere and owe forms; another user may have filed one.
            monitoringForms.refresh();
        }
        if (existed && area == Area.REPORTS) {
            // Sessions and counts go on while the manager is elsewhere: the figures are read again.
            reports.refresh();
        }
        if (area == Area.BOARD) {
            session = null;
            // A booking or a cancellation made in another area changes which sessions are on the floor.
            floor.reload();
        }
        content.getChildren().setAll(view);
        nav.getChildren().stream().filter(n -> n instanceof ToggleButton).map(n -> (ToggleButton) n)
                .forEach(b -> b.setSelected(b.getId().equals("nav-" + area.name().toLowerCase(java.util.Locale.ROOT))));
    }

    private Node build(Area area) {
        return switch (area) {
            case BOARD -> {
                board = new ChairBoardView(ui, new ChairBoardModel(services, ui, () -> actor, floor), this::openSession);
                yield board.root();
            }
            case CLINIC_DAY -> {
                dayList = new DayListView(services, ui, () -> actor, this::openPatient);
                yield dayList.root();
            }
            case PATIENTS -> {
                patients = new PatientsView(services, ui, () -> actor);
                yield patients.root();
            }
            case REGISTER -> {
                register = new RegisterView(services, ui, () -> actor);
                yield register.root();
            }
            case MONITORING_FORMS -> {
                monitoringForms = new MonitoringFormsView(services, ui, () -> actor);
                yield monitoringForms.root();
            }
            case REPORTS -> {
                reports = new ClinicReportsView(services, ui, () -> actor);
                // The day's session reports and log, and the exports, answer to the same manager as the period's figures.
                Button day = new Button(ui.text("reports.dayReports"));
                day.setId("reportsDayReports");
                day.setOnAction(e -> DayReportsDialog.show(services, ui, day.getScene().getWindow(), actor));
                Button export = new Button(ui.text("reports.export"));
                export.setId("reportsExport");
                export.setOnAction(e -> ExportDialog.open(services, ui, export.getScene().getWindow(), actor));
                reports.addToolbarAction(day);
                reports.addToolbarAction(export);
                yield reports.root();
            }
            case ADMINISTRATION -> {
                administration = new AdministrationView(services, ui, () -> actor, shell.backupThread());
                yield administration.root();
            }
            case SETTINGS -> new SettingsView(services, ui, () -> actor).root();
        };
    }

    /** From a chair tile to its session's screen; back returns to the board. */
    void openSession(long sessionId) {
        session = new SessionScreen(services, ui, () -> actor, floor, sessionId, () -> open(Area.BOARD));
        // The session screen needs the whole width at the chair; the board is one Esc away.
        root.setLeft(null);
        content.getChildren().setAll(session.root());
        // The tile that had the focus is gone: give it to the screen so Esc and Alt+0…5 work at once.
        session.root().requestFocus();
    }

    /** From the day list to the patient's screen. */
    private void openPatient(long patientId) {
        open(Area.PATIENTS);
        patients.openPatient(patientId);
    }

    private Node topBar() {
        Label brand = new Label("Vigil");
        brand.getStyleClass().add("brand");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button lock = new Button(ui.text("action.lock"));
        lock.setId("lockNow");
        lock.setTooltip(new Tooltip(ui.text("action.lock.tooltip")));
        lock.setOnAction(e -> shell.lock("by user"));
        Button logout = new Button(ui.text("action.logout"));
        logout.setId("logout");
        logout.setOnAction(e -> shell.logout());
        userTop.getStyleClass().add("top-user");
        backupMenu.setText(ui.text("backups.menu"));
        backupMenu.setId("backupMenu");
        MenuItem now = new MenuItem(ui.text("backups.menu.now"));
        now.setId("menuBackupNow");
        now.setOnAction(e -> backUpNow());
        MenuItem screen = new MenuItem(ui.text("backups.menu.screen"));
        screen.setId("menuBackups");
        screen.setOnAction(e -> openBackups());
        backupMenu.getItems().setAll(now, screen);
        backupMenu.managedProperty().bind(backupMenu.visibleProperty());
        HBox bar = new HBox(12, brand, spacer, backupMenu, userTop, lock, logout);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 14, 8, 14));
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    /** Administration → Backups. */
    void openBackups() {
        if (!actor.may(Area.ADMINISTRATION.permission)) {
            return;
        }
        open(Area.ADMINISTRATION);
        administration.showBackups();
    }

    /**
     * The menu's "Back up now": into the backup folder on the backup thread; the result is said in
     * the status bar (file, size, audit head), and the alarm and the Backups screen read again.
     */
    void backUpNow() {
        Actor who = actor;
        notice(ui.text("backups.now.working"));
        shell.backupThread().execute(() -> {
            org.vigil.domain.Outcome<org.vigil.service.Backups.BackupSummary> outcome;
            try {
                outcome = services.backupSchedule().backupNowToFolder(who);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(MainView.class).error("Back up now failed", e);
                outcome = org.vigil.domain.Outcome.refused(org.vigil.domain.Refusal.of("SETUP-1", "backups.failed", ""));
            }
            org.vigil.domain.Outcome<org.vigil.service.Backups.BackupSummary> answer = outcome;
            ui.background().handBack(() -> {
                notice(answer instanceof org.vigil.domain.Outcome.Done<org.vigil.service.Backups.BackupSummary> done
                        ? org.vigil.ui.admin.BackupsView.written(ui, done.value()) : ui.messages().notDone(answer));
                backupAlarm.refresh();
                if (administration != null) {
                    administration.showBackupsIfOpen();
                }
            });
        });
    }

    /** The running Vigil took or failed a daily backup: the alarm is read again. */
    void backupsChanged() {
        backupAlarm.refresh();
    }

    /** A passing message in the status bar, e.g. why an alarm could not be acknowledged. */
    void notice(String text) {
        statusBar.setText(text);
    }

    private Node statusBar() {
        StatusBar bar = statusBar;
        bar.setText("");
        user.setId("statusUser");
        clinic.setId("statusClinic");
        clock.setId("statusClock");
        Label database = new Label(ui.text(demo ? "status.database.demo" : "status.database.embedded", services.databaseMode(),
                services.dataDir()));
        database.setId("statusDatabase");
        bar.getLeftItems().addAll(user, new Separator(javafx.geometry.Orientation.VERTICAL), clinic,
                new Separator(javafx.geometry.Orientation.VERTICAL), database);
        bar.getRightItems().addAll(new NoAudioNotice(ui, soundUnavailable), clock);
        tick();
        return bar;
    }

    /** Each second: the clock text comes from the clinic's clock, never counted locally. */
    void tick() {
        if (++ticksSinceSettingCheck >= SETTING_CHECK_TICKS) {
            ticksSinceSettingCheck = 0;
            settingAlarm.refresh();
        }
        if (board != null && current == Area.BOARD && session == null) {
            board.tick();
        }
        if (session != null) {
            session.tick();
        }
        clock.setText(ui.times().dateTimeWithSeconds(ui.clock().instant()));
    }

    Parent root() {
        return root;
    }
}
