package org.vigil.ui.session;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.vigil.domain.session.SessionEvent.AlarmAcknowledged;
import org.vigil.domain.alarm.Alarm;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.UiContext;

/**
 * The session's active alarms (ALM-1, ALM-2) as of the last load: priority colour, what and since
 * when, and "Acknowledge", which silences for the pause while the alarm stays shown until its
 * cause is resolved. The sound and flashing belong to the alarm presenter of the whole floor.
 */
final class AlarmStrip {

    private final UiContext ui;
    private final SessionActions actions;
    private final VBox root = new VBox(4);
    private final Label message = FormField.messageLine("alarmMessage");
    private List<Alarm> shown = List.of();

    AlarmStrip(SessionActions actions) {
        this.actions = actions;
        this.ui = actions.ui();
        root.setId("alarmStrip");
        root.managedProperty().bind(root.visibleProperty());
    }

    Node root() {
        return root;
    }

    void show(SessionMoment m) {
        List<Alarm> active = m.view().activeAlarms();
        root.setVisible(!active.isEmpty() || !message.getText().isEmpty());
        if (active.equals(shown)) {
            return;
        }
        shown = active;
        root.getChildren().clear();
        for (int i = 0; i < active.size(); i++) {
            root.getChildren().add(row(active.get(i), i, m));
        }
        root.getChildren().add(message);
    }

    private HBox row(Alarm alarm, int index, SessionMoment m) {
        // The cause key is "RULE WHAT RAISED-AT" (AlarmCause); read leniently so an odd key still shows.
        String[] cause = alarm.cause().split(" ", 3);
        String what = cause.length > 1 ? ui.text("sessionScreen.alarm.what." + cause[1]) : alarm.cause();
        String text = ui.text("sessionScreen.alarm.line", ui.text("sessionScreen.alarm.priority." + alarm.priority().name()), what,
                cause[0], ui.times().time(alarm.raisedAt()));
        Label line = Step.line(null);
        line.setText(text + alarm.acknowledgement().map(a -> " — " + ui.text("sessionScreen.alarm.acknowledged",
                ui.times().time(a.at()))).orElse(""));
        Button ack = new Button(ui.text("sessionScreen.alarm.acknowledge"));
        ack.setId("acknowledge-" + index);
        ack.setDisable(!m.allows(new AlarmAcknowledged(alarm.cause(), m.actor().userId(), m.now())));
        ack.setOnAction(e -> actions.run(List.of("ack", alarm.cause(), alarm.acknowledgement().toString()),
                (engine, actor, id, request) -> engine.acknowledgeAlarm(actor, id, alarm.cause(), request), message));
        HBox row = new HBox(10, line, ack);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("alarm-row", "alarm-row-" + alarm.priority().name().toLowerCase(Locale.ROOT));
        return row;
    }
}
