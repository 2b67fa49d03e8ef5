package org.vigil.ui.session;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import org.vigil.domain.SigningRight;
import org.vigil.domain.Refusal;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;
import org.vigil.domain.session.SessionState;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.QuickVitalsField;

/**
 * BP-1 baseline before the first device, typed on the quick line; BP-2 a raised baseline waits
 * for a prescriber, who accepts it with a reason and a signature.
 */
final class BaselineStep extends Step {

    private final QuickVitalsField vitals;
    private final Label stored = line("stored-value");
    private final Label raised = line("warning-line");
    private final Button override = new Button();
    private SessionMoment moment;

    BaselineStep(SessionActions actions) {
        super(actions, "stepBaseline");
        rules("BP-1, BP-2, BP-8, BP-9");
        vitals = new QuickVitalsField(ui, "baselineVitals", ui.text("sessionScreen.baseline.line"));
        vitals.onEntry(this::record);
        stored.setId("baselineStored");
        raised.setId("baselineRaised");
        override.setId("overrideBaseline");
        override.setText(ui.text("sessionScreen.baseline.override"));
        override.setOnAction(e -> override());
        HBox raisedRow = new HBox(10, raised, override);
        raisedRow.setAlignment(Pos.CENTER_LEFT);
        raisedRow.managedProperty().bind(raised.visibleProperty());
        raisedRow.visibleProperty().bind(raised.visibleProperty());
        body.getChildren().addAll(vitals.root(), stored, raisedRow, message);
    }

    @Override
    boolean applies(SessionMoment m) {
        SessionState s = m.snapshot().state();
        return s != SessionState.BOOKED && (!s.isFinished() || m.snapshot().baseline().isPresent());
    }

    @Override
    boolean current(SessionMoment m) {
        return m.snapshot().state() == SessionState.CHECKED_IN || needsOverride(m);
    }

    @Override
    void show(SessionMoment m) {
        this.moment = m;
        Optional<VitalsRecorded> baseline = m.snapshot().baseline();
        String summary = baseline.map(b -> ui.text("sessionScreen.baseline.stored", b.sbp(), b.dbp(), b.heartRate(), b.spo2(),
                ui.times().time(b.observedAt()))).orElse("");
        pane.setText(baseline.isEmpty() ? ui.text("sessionScreen.step.baseline") : ui.text("sessionScreen.step.baselineDone", summary));
        stored.setText(summary + m.snapshot().baselineOverride().map(r -> "\n" + ui.text("sessionScreen.baseline.overridden", r)).orElse(""));
        boolean open = m.allows(new SessionEvent.BaselineRecorded(m.now(), 120, 80, 70, 98));
        vitals.setDisable(!open);
        vitals.checkAgainst(m.limits(), m.readingWindow());
        boolean needs = needsOverride(m);
        raised.setVisible(needs);
        if (needs) {
            VitalsRecorded b = baseline.get();
            raised.setText(text(Refusal.of("BP-2", "vitals.baseline.high", b.sbp() + "/" + b.dbp(), m.protocol().baselineSbpAbove(),
                    m.protocol().baselineDbpAbove())));
        }
        // A signature action: whoever signs in the dialog must be a prescriber; the service checks (ROLE-2).
        override.setDisable(!m.view().allows(new SessionEvent.BaselineOverridden("-", m.now())));
    }

    private static boolean needsOverride(SessionMoment m) {
        return m.snapshot().baselineOverride().isEmpty() && m.snapshot().baseline()
                .filter(b -> m.protocol().baselineNeedsOverride(b.sbp(), b.dbp())).isPresent();
    }

    private void record(QuickVitalsField.Entry e) {
        message.setText("");
        actions.run(List.of("baseline", e), (engine, actor, id, request) -> engine.recordBaseline(actor, id, e.systolic(), e.diastolic(),
                e.heartRate(), e.spo2(), e.observedAt().orElse(null), request), vitals::accepted, vitals::showRefusal, vitals::showMessage);
    }

    private void override() {
        VitalsRecorded b = moment.snapshot().baseline().orElseThrow();
        TextArea reason = new TextArea();
        reason.setId("overrideReason");
        reason.setPrefRowCount(2);
        reason.setWrapText(true);
        FormField field = new FormField(reason).label(ui.text("reason.label"));
        String meaning = ui.text("sessionScreen.baseline.meaning", b.sbp() + "/" + b.dbp(), moment.view().patient().displayName());
        actions.sign(SigningRight.PRESCRIBER, meaning, field, "overrideBaseline", () -> {
            String why = reason.getText() == null ? "" : reason.getText().strip();
            if (why.isEmpty()) {
                field.showError(ui.text("reason.required"));
                return Optional.empty();
            }
            field.clearError();
            return Optional.of((engine, signer, password, id, request) -> engine.overrideBaseline(signer, id, why, password, request));
        });
    }
}
