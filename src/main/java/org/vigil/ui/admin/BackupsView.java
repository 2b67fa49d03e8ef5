package org.vigil.ui.admin;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.SettingKeys;
import org.vigil.service.BackupSchedule;
import org.vigil.service.BackupSchedule.BackupAlarm;
import org.vigil.service.BackupSchedule.Plan;
import org.vigil.service.Backups.BackupSummary;
import org.vigil.service.Services;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.UiContext;

/**
 * Administration → Backups (SETUP-1): where backups go, the daily schedule, "Back up now", the
 * last backup, the alarms of failed or missed days, and the backups found in the folder. The
 * backup itself runs on the backup thread, never on the window's thread or its database queue,
 * so the floor keeps working while it runs.
 */
public final class BackupsView {

    private static final Logger log = LoggerFactory.getLogger(BackupsView.class);

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final Executor backupThread;
    private final VBox root = new VBox(14);
    private final TextField folder = new TextField();
    private final CheckBox enabled = new CheckBox();
    private final TextField time = new TextField();
    private final TextField keep = new TextField();
    private final FormField folderField;
    private final FormField timeField;
    private final FormField keepField;
    private final Label scheduleResult = new Label();
    private final Label next = new Label();
    private final Label last = new Label();
    private final Button backupNow = new Button();
    private final ProgressIndicator working = new ProgressIndicator();
    private final Label backupResult = new Label();
    private final VBox alarms = new VBox(6);
    private final TableView<FoundBackup> found = new TableView<>();
    private final Label foundMessage = new Label();
    private Map<String, String> loaded = Map.of();
    private final VBox passphraseBox = new VBox(6);
    private final Label passphraseStatus = new Label();
    private final Button setPassphrase = new Button();

    /** A backup in the folder with its size, read off the window's thread. */
    record FoundBackup(BackupSummary summary, long bytes) {}

    public BackupsView(Services services, UiContext ui, Supplier<Actor> actor, Executor backupThread) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        this.backupThread = backupThread;
        root.setId("backupsView");
        root.setPadding(new Insets(14));

        passphraseBox.setId("backupPassphrase");
        passphraseStatus.setId("backupPassphraseStatus");
        passphraseStatus.setWrapText(true);
        setPassphrase.setId("setBackupPassphrase");
        setPassphrase.setOnAction(e -> askPassphrase());
        passphraseBox.getChildren().addAll(passphraseStatus, setPassphrase);
        scheduleResult.setId("backupScheduleResult");
        scheduleResult.setWrapText(true);
        scheduleResult.managedProperty().bind(scheduleResult.textProperty().isNotEmpty());
        // Empty parts take no room: no alarm, no passphrase question.
        alarms.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(alarms.getChildren()));
        passphraseBox.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(passphraseBox.getChildren()));

        folder.setId("backupFolder");
        folder.setPrefColumnCount(40);
        Button choose = new Button(ui.text("backups.folder.choose"));
        choose.setId("chooseBackupFolder");
        choose.setOnAction(e -> chooseFolder());
        HBox folderRow = new HBox(8, folder, choose);
        HBox.setHgrow(folder, Priority.ALWAYS);
        folderField = new FormField(folderRow).label(ui.text("backups.folder")).hint(ui.text("backups.folder.hint"));

        enabled.setId("backupEnabled");
        enabled.setText(ui.text("backups.schedule.enabled"));
        time.setId("backupTime");
        time.setPrefColumnCount(5);
        time.setMaxWidth(90);
        timeField = new FormField(time).label(ui.text("backups.schedule.time")).hint(ui.text("backups.schedule.time.hint"));
        keep.setId("backupKeep");
        keep.setPrefColumnCount(4);
        keep.setMaxWidth(90);
        keepField = new FormField(keep).label(ui.text("backups.keep")).hint(ui.text("backups.keep.hint"));
        Button save = new Button(ui.text("backups.schedule.save"));
        save.setId("saveBackupSchedule");
        save.setOnAction(e -> saveSchedule());
        HBox timing = new HBox(24, timeField, keepField);
        next.setId("backupNext");
        last.setId("backupLast");
        last.setWrapText(true);

        backupNow.setText(ui.text("backups.now"));
        backupNow.setId("backupNow");
        backupNow.setDefaultButton(false);
        backupNow.setOnAction(e -> backUpNow());
        working.setPrefSize(22, 22);
        working.setVisible(false);
        backupResult.setId("backupResult");
        backupResult.setWrapText(true);
        backupResult.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox nowRow = new HBox(10, backupNow, working);
        nowRow.setAlignment(Pos.CENTER_LEFT);

        alarms.setId("backupAlarms");
        found.setId("backupsFound");
        found.setPrefHeight(220);
        found.setPlaceholder(new Label(ui.text("backups.found.none")));
        found.getColumns().add(column("backups.found.taken", b -> b.summary().opened() ? ui.times().dateTime(b.summary().takenAt()) : "—"));
        found.getColumns().add(column("backups.found.clinic", b -> b.summary().opened() ? b.summary().clinicName()
                : ui.text("backups.found." + b.summary().readability().name())));
        found.getColumns().add(column("backups.found.head", b -> b.summary().opened()
                ? b.summary().auditHeadSeq() + ":" + shortHash(b.summary().auditHeadHash()) : ""));
        found.getColumns().add(column("backups.found.file", b -> b.summary().file().getFileName().toString()));
        found.getColumns().add(column("backups.found.size", b -> size(b.bytes())));
        found.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        foundMessage.setId("backupsFoundMessage");

        root.getChildren().addAll(section("backups.title"), alarms, section("backups.passphrase"), passphraseBox,
                section("backups.where"), folderField, enabled, timing, save, scheduleResult, next,
                section("backups.nowTitle"), last, nowRow, backupResult,
                section("backups.found"), foundMessage, found);
        load();
    }

    public Parent root() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setId("backupsScroll");
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** Reads the schedule, the last backup, the alarms and the folder's backups again. */
    public void load() {
        load(false);
    }

    /** @param keepTyped after a refused save: the fields keep what was typed, only the state around them is read again */
    private void load(boolean keepTyped) {
        Actor who = actor.get();
        ui.background().run(() -> services.backupSchedule().plan(who), outcome -> {
            switch (outcome) {
                case Outcome.Done<Plan> done -> showPlan(done.value(), keepTyped);
                default -> scheduleResult.setText(ui.messages().notDone(outcome));
            }
        }, scheduleResult::setText);
        loadAlarms();
        ui.background().run(() -> services.backupSchedule().hasPassphrase(), this::showPassphrase, passphraseStatus::setText);
    }

    private void showPassphrase(boolean set) {
        passphraseStatus.setText(ui.text(set ? "backups.passphrase.isSet" : "backups.passphrase.notSet"));
        passphraseStatus.getStyleClass().remove("form-error");
        if (!set) {
            passphraseStatus.getStyleClass().add("form-error");
        }
        setPassphrase.setText(ui.text(set ? "backups.passphrase.change" : "backups.passphrase.setButton"));
    }

    /**
     * SETUP-2: the passphrase typed twice, with the rules shown; a refusal is said next to the field
     * it is about and both fields keep what was typed. The passphrase goes to the service as
     * characters, which are wiped after.
     */
    private void askPassphrase() {
        Actor who = actor.get();
        ui.background().run(() -> services.backups().passphraseMinLength(), min -> {
            javafx.scene.control.PasswordField first = new javafx.scene.control.PasswordField();
            first.setId("backupPassphrase1");
            javafx.scene.control.PasswordField second = new javafx.scene.control.PasswordField();
            second.setId("backupPassphrase2");
            FormField firstField = new FormField(first).label(ui.text("backups.passphrase.first"))
                    .hint(ui.text("backups.passphrase.rules", min));
            FormField secondField = new FormField(second).label(ui.text("backups.passphrase.second"));
            Label warning = new Label(ui.text("backups.passphrase.keepSafe"));
            warning.setWrapText(true);
            warning.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            VBox form = new VBox(10, firstField, secondField, warning);
            org.vigil.ui.common.SubmitDialog<Boolean> dialog = new org.vigil.ui.common.SubmitDialog<>(ui,
                    ui.text("backups.passphrase.title"), form);
            dialog.messages().keyPrefix("backup.passphrase.", firstField).keyPrefix("backup.passphrase.mismatch", secondField);
            dialog.showAndWait(() -> {
                char[] typed = first.getText().toCharArray();
                char[] repeated = second.getText().toCharArray();
                return () -> {
                    try {
                        Outcome<Void> outcome = services.backups().setBackupPassphrase(who, typed, repeated);
                        return outcome.isDone() ? Outcome.done(Boolean.TRUE) : outcome.notDone();
                    } finally {
                        java.util.Arrays.fill(typed, '\0');
                        java.util.Arrays.fill(repeated, '\0');
                    }
                };
            });
            load();
        }, passphraseStatus::setText);
    }

    private void showPlan(Plan plan, boolean keepTyped) {
        String folderText = plan.folder().map(Path::toString).orElse("");
        if (!keepTyped) {
            folder.setText(folderText);
            enabled.setSelected(plan.enabled());
            time.setText(plan.time().toString());
            keep.setText(Integer.toString(plan.keep()));
        }
        loaded = values(folderText, plan.enabled(), plan.time().toString(), Integer.toString(plan.keep()));
        next.setText(plan.folder().isEmpty() ? ui.text("backups.next.noFolder")
                : plan.next().map(n -> ui.text("backups.next", ui.times().dateTime(n))).orElse(ui.text("backups.next.off")));
        last.setText(plan.last().map(l -> l.written()
                ? ui.text("backups.last.written", ui.times().dateTime(l.at()), l.file(), l.operator())
                : ui.text("backups.last.failed", ui.times().dateTime(l.at()), ui.messages().refusal(l.why()), l.operator()))
                .orElse(ui.text("backups.last.none")));
        backupNow.setDisable(plan.folder().isEmpty());
        plan.folder().ifPresentOrElse(this::loadFound, () -> {
            found.getItems().clear();
            foundMessage.setText(ui.text("backups.next.noFolder"));
        });
    }

    private void loadFound(Path dir) {
        Actor who = actor.get();
        foundMessage.setText(ui.text("backups.found.reading"));
        // Each archive is opened and checked: on the backup thread, so a folder of large files does not hold the floor's work.
        backupThread.execute(() -> {
            Outcome<List<FoundBackup>> outcome;
            try {
                outcome = switch (services.backupSchedule().folderBackups(who, dir)) {
                    case Outcome.Done<List<BackupSummary>> done -> Outcome.done(done.value().stream()
                            .map(b -> new FoundBackup(b, b.file().toFile().length())).toList());
                    case Outcome<List<BackupSummary>> other -> other.notDone();
                };
            } catch (RuntimeException e) {
                log.error("Cannot list backups in {}", dir, e);
                outcome = Outcome.refused(Refusal.of("SETUP-1", "backups.folderUnreadable", dir));
            }
            Outcome<List<FoundBackup>> answer = outcome;
            ui.background().handBack(() -> {
                if (answer instanceof Outcome.Done<List<FoundBackup>> done) {
                    found.getItems().setAll(done.value());
                    foundMessage.setText(ui.text("backups.found.count", done.value().size(), dir));
                } else {
                    foundMessage.setText(ui.messages().notDone(answer));
                }
            });
        });
    }

    private void loadAlarms() {
        ui.background().run(() -> services.backupSchedule().openAlarms(), open -> {
            alarms.getChildren().clear();
            for (BackupAlarm alarm : open) {
                Label text = new Label(alarmText(ui, alarm));
                text.setWrapText(true);
                text.getStyleClass().add("backup-alarm-text");
                Button acknowledge = new Button(ui.text("backups.alarm.acknowledge"));
                acknowledge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                acknowledge.setId("acknowledgeBackupAlarm-" + alarm.seq());
                acknowledge.setOnAction(e -> {
                    Actor who = actor.get();
                    ui.background().run(() -> services.backupSchedule().acknowledge(who, alarm.seq()), outcome -> load(),
                            scheduleResult::setText);
                });
                HBox row = new HBox(10, text, acknowledge);
                row.setAlignment(Pos.CENTER_LEFT);
                HBox.setHgrow(text, Priority.ALWAYS);
                row.getStyleClass().add("backup-alarm");
                alarms.getChildren().add(row);
            }
        }, scheduleResult::setText);
    }

    /** A failed or missed daily backup in words, for this screen and the banner. */
    public static String alarmText(UiContext ui, BackupAlarm alarm) {
        return switch (alarm.kind()) {
            case MISSED -> ui.text("backups.alarm.missed", ui.times().dateTime(alarm.dueAt()), ui.times().dateTime(alarm.at()));
            case FAILED -> ui.text("backups.alarm.failed", ui.times().dateTime(alarm.at()), ui.messages().refusal(alarm.why()));
        };
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(ui.text("backups.folder.choose"));
        File current = folder.getText().isBlank() ? null : new File(folder.getText());
        if (current != null && current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File chosen = chooser.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (chosen != null) {
            folder.setText(chosen.getAbsolutePath());
        }
    }

    /** Each setting that differs from what was read is changed; a refusal is said next to its field, which keeps what was typed. */
    private void saveSchedule() {
        folderField.clearError();
        timeField.clearError();
        keepField.clearError();
        scheduleResult.setText("");
        Map<String, String> typed = values(folder.getText().strip(), enabled.isSelected(), time.getText().strip(), keep.getText().strip());
        Map<String, String> before = loaded;
        Actor who = actor.get();
        String reason = ui.text("backups.settingReason");
        ui.background().run(() -> {
            Map<String, Outcome<?>> answers = new LinkedHashMap<>();
            typed.forEach((key, value) -> {
                if (!value.equals(before.get(key))) {
                    answers.put(key, services.settings().change(who, key, value, reason));
                }
            });
            return answers;
        }, answers -> {
            boolean allDone = true;
            Map<String, String> saved = new LinkedHashMap<>(loaded);
            for (Map.Entry<String, Outcome<?>> answer : answers.entrySet()) {
                if (answer.getValue().isDone()) {
                    // Saved now: the next Save must not change it again (it would be refused as unchanged).
                    saved.put(answer.getKey(), typed.get(answer.getKey()));
                    continue;
                }
                allDone = false;
                String message = ui.messages().notDone(answer.getValue());
                switch (answer.getKey()) {
                    case SettingKeys.BACKUP_FOLDER -> folderField.showError(message);
                    case SettingKeys.BACKUP_SCHEDULE_TIME -> timeField.showError(message);
                    case SettingKeys.BACKUP_KEEP -> keepField.showError(message);
                    default -> scheduleResult.setText(message);
                }
            }
            loaded = saved;
            if (allDone) {
                scheduleResult.setText(answers.isEmpty() ? ui.text("backups.schedule.unchanged") : ui.text("backups.schedule.saved"));
            }
            // What was saved shows at once (the next time, the folder's backups); refused fields keep their text.
            load(!allDone);
        }, scheduleResult::setText);
    }

    private static Map<String, String> values(String folder, boolean enabled, String time, String keep) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(SettingKeys.BACKUP_FOLDER, folder);
        values.put(SettingKeys.BACKUP_SCHEDULE_ENABLED, enabled ? "ON" : "OFF");
        values.put(SettingKeys.BACKUP_SCHEDULE_TIME, time);
        values.put(SettingKeys.BACKUP_KEEP, keep);
        return values;
    }

    /** "Back up now" into the backup folder, on the backup thread; the result or the refusal is said under the button. */
    public void backUpNow() {
        Actor who = actor.get();
        backupNow.setDisable(true);
        working.setVisible(true);
        backupResult.setText(ui.text("backups.now.working"));
        backupThread.execute(() -> {
            Outcome<BackupSummary> outcome;
            try {
                outcome = services.backupSchedule().backupNowToFolder(who);
            } catch (RuntimeException e) {
                log.error("Back up now failed", e);
                outcome = Outcome.refused(Refusal.of("SETUP-1", "backups.failed", ""));
            }
            Outcome<BackupSummary> answer = outcome;
            ui.background().handBack(() -> {
                working.setVisible(false);
                backupNow.setDisable(false);
                backupResult.setText(answer instanceof Outcome.Done<BackupSummary> done ? written(ui, done.value())
                        : ui.messages().notDone(answer));
                load();
            });
        });
    }

    /** "Written and verified: file, size, audit head", for this screen and the menu's notice. */
    public static String written(UiContext ui, BackupSummary summary) {
        long bytes = summary.file().toFile().length();
        return ui.text("backups.now.done", summary.file().toAbsolutePath(), size(bytes),
                summary.auditHeadSeq() + ":" + summary.auditHeadHash());
    }

    static String size(long bytes) {
        if (bytes < 0) {
            return "?";
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String shortHash(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
    }

    private Label section(String key) {
        Label title = new Label(ui.text(key));
        title.getStyleClass().add("section-title");
        return title;
    }

    private TableColumn<FoundBackup, String> column(String key, java.util.function.Function<FoundBackup, String> value) {
        TableColumn<FoundBackup, String> column = new TableColumn<>(ui.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
