package org.vigil.ui.shell;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.vigil.domain.Actor;
import org.vigil.domain.Permission;
import org.vigil.service.BackupSchedule.BackupAlarm;
import org.vigil.service.Services;
import org.vigil.ui.admin.BackupsView;
import org.vigil.ui.common.UiContext;

/**
 * SETUP-1: a failed or missed daily backup is a high alarm to the administrator, across the top of
 * the window of anyone who may see to backups, until one of them acknowledges it. It holds no
 * patient data. It does not sound: the floor's alarms are for the patients in the chairs.
 */
final class BackupAlarmBanner {

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final Runnable openBackups;
    private final HBox root = new HBox(10);
    private final Label text = new Label();
    private BackupAlarm shown;

    BackupAlarmBanner(Services services, UiContext ui, Supplier<Actor> actor, Runnable openBackups) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        this.openBackups = openBackups;
        root.setId("backupAlarmBanner");
        root.getStyleClass().addAll("backup-alarm-banner", "alarm-high");
        root.setPadding(new Insets(8, 14, 8, 14));
        root.setAlignment(Pos.CENTER_LEFT);
        text.setId("backupAlarmText");
        text.setWrapText(true);
        text.getStyleClass().add("backup-alarm-banner-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button open = new Button(ui.text("backups.alarm.open"));
        open.setId("backupAlarmOpen");
        open.setOnAction(e -> openBackups.run());
        Button acknowledge = new Button(ui.text("backups.alarm.acknowledge"));
        acknowledge.setId("backupAlarmAcknowledge");
        acknowledge.setOnAction(e -> acknowledge());
        // The buttons keep their words however long the reason is; the text wraps instead.
        open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        acknowledge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.getChildren().addAll(text, open, acknowledge);
        root.managedProperty().bind(root.visibleProperty());
        root.setVisible(false);
    }

    HBox root() {
        return root;
    }

    /** Reads the open alarms again: at login, after a backup, after an acknowledgement. */
    void refresh() {
        Actor who = actor.get();
        if (who == null || !who.may(Permission.MANAGE_BACKUPS)) {
            root.setVisible(false);
            return;
        }
        ui.background().run(() -> services.backupSchedule().openAlarms(), this::show, text::setText);
    }

    private void show(List<BackupAlarm> open) {
        if (open.isEmpty()) {
            shown = null;
            root.setVisible(false);
            return;
        }
        shown = open.getLast();
        String more = open.size() > 1 ? " " + ui.text("backups.alarm.more", open.size() - 1) : "";
        text.setText(BackupsView.alarmText(ui, shown) + more);
        root.setVisible(true);
    }

    private void acknowledge() {
        BackupAlarm alarm = shown;
        Actor who = actor.get();
        if (alarm == null || who == null) {
            return;
        }
        ui.background().run(() -> services.backupSchedule().acknowledge(who, alarm.seq()), outcome -> refresh(), text::setText);
    }
}
