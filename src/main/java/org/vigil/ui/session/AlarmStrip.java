package org.vigil.ui.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vigil.domain.alarm.Alarm;
import org.vigil.domain.alarm.AlarmBoard;
import org.vigil.domain.alarm.AlarmState;
import org.vigil.domain.session.SessionEvent.AlarmAcknowledged;
import org.vigil.ui.alarm.AlarmLook;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.UiContext;

/**
 * The session's active alarms (ALM-1, ALM-2) as of the last load: priority in words and colour,
 * what and since when, and "Acknowledge", which silences for the pause while the alarm stays
 * shown until its cause is resolved. The sound and flashing belong to the alarm presenter of the
 * whole floor. Issue 15: each alarm shows the priority it has now, escalation included (ALM-3),
 * with the alarm bar's words and style class ({@link AlarmLook}); the banners take a fixed place
 * above the timeline, so an alarm coming or going never moves the screen, and more banners than
 * fit scroll inside it.
 */
final class AlarmStrip {

    private final UiContext ui;
    private final SessionActions actions;
    private final VBox rows = new VBox(3);
    private final ScrollPane root = new ScrollPane(rows);
    private final Label calm = new Label();
    private final Label message = FormField.messageLine("alarmMessage");
    /** What the rows show, so the second-by-second refresh redraws only when something changed. */
    private List<Object> shown = List.of();

    AlarmStrip(SessionActions actions) {
        this.actions = actions;
        this.ui = actions.ui();
        root.setId("alarmStrip");
        root.getStyleClass().add("alarm-strip");
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        calm.getStyleClass().add("alarm-strip-calm");
        calm.setId("alarmStripCalm");
    }

    Node root() {
        return root;
    }

    void show(SessionMoment m) {
        Instant now = m.now();
        List<AlarmState> active = AlarmBoard.order(m.view().activeAlarms(), now, m.view().alarmRules());
        List<Object> key = List.of(active.stream().map(a -> List.of(a.alarm(), a.priority())).toList(), message.getText(),
                m.actor().userId(), ui.messages());
        if (key.equals(shown)) {
            return;
        }
        shown = key;
        rows.getChildren().clear();
        if (!message.getText().isEmpty()) {
            rows.getChildren().add(message);
        }
        for (int i = 0; i < active.size(); i++) {
            rows.getChildren().add(row(active.get(i), i, m));
        }
        if (active.isEmpty()) {
            calm.setText(ui.text("alarm.strip.none"));
            rows.getChildren().add(calm);
        }
    }

    private HBox row(AlarmState state, int index, SessionMoment m) {
        Alarm alarm = state.alarm();
        Label priority = new Label(AlarmLook.words(ui, state.priority()));
        priority.getStyleClass().add("alarm-priority");
        Label line = new Label(AlarmLook.what(ui, alarm.cause()) + " · " + ui.text("alarm.strip.since", ui.times().time(alarm.raisedAt()))
                + alarm.acknowledgement().map(a -> " · " + ui.text("alarm.strip.acknowledged", ui.times().time(a.at()))).orElse(""));
        line.getStyleClass().add("alarm-description");
        line.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Auditors still find the rule: the banner's tooltip names it (issue 15, item 6).
        Optional<String> rule = AlarmLook.ruleOf(alarm.cause());
        rule.ifPresent(r -> line.setTooltip(new Tooltip(ui.text("alarm.strip.why", r))));
        Button ack = new Button(ui.text("alarm.acknowledge"));
        ack.setId("acknowledge-" + index);
        ack.getStyleClass().add("alarm-acknowledge");
        ack.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ack.setDisable(!m.allows(new AlarmAcknowledged(alarm.cause(), m.actor().userId(), m.now())));
        ack.setOnAction(e -> actions.run(List.of("ack", alarm.cause(), alarm.acknowledgement().toString()),
                (engine, actor, id, request) -> engine.acknowledgeAlarm(actor, id, alarm.cause(), request), message));
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(10, priority, line, spacer, ack);
        row.setId("alarmRow-" + index);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("alarm-row");
        AlarmLook.paint(row, Optional.of(state.priority()));
        return row;
    }
}
