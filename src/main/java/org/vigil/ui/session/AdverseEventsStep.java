package org.vigil.ui.session;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vigil.domain.session.AdverseEventKind;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened.Severity;
import org.vigil.domain.session.SessionEvent.AdverseEventResolved;
import org.vigil.domain.session.SessionState;
import org.vigil.ui.common.EnumChoice;
import org.vigil.ui.common.FormField;

/**
 * OBS-4: adverse events from their onset, with severity, what was seen and what was done; each
 * open one is resolved with how it ended. A serious kind refers the patient to emergency care in
 * the same action, which the form says before it is recorded.
 */
final class AdverseEventsStep extends Step {

    private final ComboBox<AdverseEventKind> kind;
    private final ComboBox<Severity> severity;
    private final TextField description = new TextField();
    private final TextField action = new TextField();
    private final Button record = new Button();
    private final Label serious = new Label();
    private final VBox open = new VBox(6);
    private final Label closed = line("stored-value");
    private SessionMoment moment;
    private List<String> shownOpen = List.of();
    private final java.util.Map<String, Button> resolveButtons = new java.util.LinkedHashMap<>();

    AdverseEventsStep(SessionActions actions) {
        super(actions, "stepAdverseEvents");
        rules("OBS-4");
        kind = EnumChoice.of(ui, AdverseEventKind.values(), "adverseEvent.kind.");
        kind.setId("adverseKind");
        PromptCell.use(kind, ui, "adverseEvent.kind.", ui.text("sessionScreen.adverse.kind"));
        severity = EnumChoice.of(ui, Severity.values(), "adverseEvent.severity.");
        severity.setId("adverseSeverity");
        PromptCell.use(severity, ui, "adverseEvent.severity.", ui.text("sessionScreen.adverse.severity"));
        description.setId("adverseDescription");
        description.setPromptText(ui.text("sessionScreen.adverse.description"));
        action.setId("adverseAction");
        action.setPromptText(ui.text("sessionScreen.adverse.action"));
        HBox.setHgrow(description, Priority.ALWAYS);
        HBox.setHgrow(action, Priority.ALWAYS);
        record.setId("recordAdverseEvent");
        record.setText(ui.text("sessionScreen.adverse.record"));
        record.setOnAction(e -> record());
        serious.setId("adverseSerious");
        serious.getStyleClass().add("warning-line");
        serious.setWrapText(true);
        serious.setText(ui.text("sessionScreen.adverse.serious"));
        kind.valueProperty().addListener((obs, old, k) -> reveal(serious, k != null && k.serious()));
        reveal(serious, false);
        HBox first = new HBox(8, kind, severity);
        HBox second = new HBox(8, description, action, record);
        second.setAlignment(Pos.CENTER_LEFT);
        open.setId("openAdverseEvents");
        closed.setId("closedAdverseEvents");
        body.getChildren().addAll(first, second, serious, message, open, closed);
    }

    @Override
    boolean applies(SessionMoment m) {
        SessionState s = m.snapshot().state();
        return s != SessionState.BOOKED && (!s.isFinished() || s == SessionState.REFERRED || !m.snapshot().adverseEvents().isEmpty());
    }

    @Override
    boolean current(SessionMoment m) {
        return !m.snapshot().openAdverseEvents().isEmpty();
    }

    @Override
    void show(SessionMoment m) {
        this.moment = m;
        int opened = m.snapshot().openAdverseEvents().size();
        pane.setText(opened == 0 ? ui.text("sessionScreen.step.adverse", m.snapshot().adverseEvents().size())
                : ui.text("sessionScreen.step.adverseOpen", opened));
        record.setDisable(!m.allows(new AdverseEventOpened("AE-probe", AdverseEventKind.NAUSEA, Severity.MILD, "", "", m.now())));
        if (!shownOpen.equals(m.snapshot().openAdverseEvents())) {
            // Rebuilt only when the open events change, so a resolution being typed survives a tick.
            shownOpen = m.snapshot().openAdverseEvents();
            resolveButtons.clear();
            open.getChildren().setAll(m.snapshot().adverseEvents().stream().filter(e -> shownOpen.contains(e.eventId()))
                    .map(this::openRow).toList());
        }
        resolveButtons.forEach((id, button) -> button.setDisable(!m.allows(new AdverseEventResolved(id, "-", m.now()))));
        closed.setText(String.join("\n", m.snapshot().adverseResolutions().stream().map(r -> ui.text("sessionScreen.adverse.resolved",
                r.eventId(), describe(r.eventId()), ui.times().time(r.at()), r.resolution())).toList()));
    }

    private String describe(String eventId) {
        return moment.snapshot().adverseEvents().stream().filter(e -> e.eventId().equals(eventId)).findFirst()
                .map(e -> ui.text("adverseEvent.kind." + e.kind().name())).orElse("");
    }

    private HBox openRow(AdverseEventOpened e) {
        Label what = line("adverse-open");
        what.setText(ui.text("sessionScreen.adverse.open", e.eventId(), ui.text("adverseEvent.kind." + e.kind().name()),
                ui.text("adverseEvent.severity." + e.severity().name()), ui.times().time(e.at()),
                String.join(" · ", java.util.stream.Stream.of(e.description(), e.action()).filter(s -> !s.isEmpty()).toList())));
        what.setMaxWidth(260);
        TextField resolution = new TextField();
        resolution.setId("resolution-" + e.eventId());
        resolution.setPromptText(ui.text("sessionScreen.adverse.resolution"));
        HBox.setHgrow(resolution, Priority.ALWAYS);
        Label error = FormField.messageLine("resolveError-" + e.eventId());
        Button resolve = new Button(ui.text("sessionScreen.adverse.resolve"));
        resolve.setId("resolve-" + e.eventId());
        resolveButtons.put(e.eventId(), resolve);
        resolve.setOnAction(x -> {
            String how = resolution.getText();
            actions.run(List.of("resolve", e.eventId(), how), (engine, actor, id, request) -> engine.resolveAdverseEvent(actor, id,
                    e.eventId(), how, request), error);
        });
        HBox row = new HBox(8, what, resolution, resolve, error);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("adverse-row");
        return row;
    }

    private void record() {
        AdverseEventKind k = kind.getValue();
        Severity s = severity.getValue();
        if (k == null || s == null) {
            message.setText(ui.text("sessionScreen.adverse.choose"));
            return;
        }
        String what = description.getText();
        String done = action.getText();
        message.setText("");
        actions.run(List.of("adverse", k, s, what, done), (engine, actor, id, request) -> engine.openAdverseEvent(actor, id, k, s, what, done,
                null, request), () -> {
                    kind.setValue(null);
                    severity.setValue(null);
                    description.clear();
                    action.clear();
                }, r -> message.setText(text(r)), message::setText);
    }
}
