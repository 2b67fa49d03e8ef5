package org.vigil.ui.session;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vigil.domain.SigningRight;
import org.vigil.domain.session.DischargeGate;
import org.vigil.domain.session.DischargeGate.Criterion;
import org.vigil.domain.session.SessionEvent.Discharged;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionEvent.ReadyToLeaveSigned;
import org.vigil.domain.session.SessionEvent.TransportArrived;
import org.vigil.domain.session.SessionState;
import org.vigil.domain.Language;
import org.vigil.domain.Permission;
import org.vigil.domain.session.SessionEvent.DischargeAdviceGiven;
import org.vigil.domain.session.SessionEvent.DischargeAdviceGiven.AdviceHandover;
import org.vigil.ui.register.RegisterPrintModel;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.UiContext;

/**
 * DIS-1: first, when discharge becomes possible (the end of observation, counted down); every
 * discharge criterion with ✓ or ✗ and, when unmet, the service's reason; DIS-2's time, worded as
 * what it is ("clinically settled since"), once the clinical criteria hold; then transport, the clinician's signature
 * "clinically stable and ready to leave", and discharge; then the DIS-3 advice, printed in the
 * patient's language or explained and acknowledged, and recorded with the session.
 */
final class GatePanel {

    private final UiContext ui;
    private final SessionActions actions;
    private final VBox root = new VBox(6);
    private final Map<Criterion, Label> marks = new EnumMap<>(Criterion.class);
    private final Map<Criterion, Label> reasons = new EnumMap<>(Criterion.class);
    private final Label possible = Step.line("gate-possible");
    private final Label ready = Step.line("gate-ready");
    private final Button transport = new Button();
    private final Button sign = new Button();
    private final Button discharge = new Button();
    private final Button acceptBp = new Button();
    private final Label advice = Step.line("field-hint");
    private final Label adviceStatus = Step.line("advice-status");
    private final Button printAdvice = new Button();
    private final Button adviceAcknowledged = new Button();
    private final Label adviceMessage = FormField.messageLine("dischargeAdviceMessage");
    private final VBox adviceBox = new VBox(4);
    private final Label message = FormField.messageLine("gateMessage");
    private final Label finished = Step.line("gate-finished");
    private SessionMoment moment;

    GatePanel(SessionActions actions, RegisterPrintModel.Printer printer) {
        this.actions = actions;
        this.ui = actions.ui();
        root.setId("dischargeGate");
        root.getStyleClass().add("gate-panel");
        root.setPadding(new Insets(8));
        Label title = new Label(ui.text("sessionScreen.gate.title"));
        title.getStyleClass().add("section-title");
        title.setTooltip(new Tooltip(ui.text("sessionScreen.why", "DIS-1, DIS-2, DIS-3")));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(3);
        ColumnConstraints markColumn = new ColumnConstraints(18);
        ColumnConstraints nameColumn = new ColumnConstraints();
        ColumnConstraints reasonColumn = new ColumnConstraints();
        reasonColumn.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(markColumn, nameColumn, reasonColumn);
        int row = 0;
        for (Criterion c : Criterion.values()) {
            Label mark = new Label();
            mark.setId("gate-" + c.name());
            Label name = new Label(ui.text("sessionScreen.gate." + c.name()));
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label reason = Step.line("gate-reason");
            reason.setId("gateReason-" + c.name());
            marks.put(c, mark);
            reasons.put(c, reason);
            grid.addRow(row++, mark, name, reason);
        }
        possible.setId("dischargePossible");
        ready.setId("readyToLeave");
        // DIS-2's time is for the monitoring form: said as what it is, and why it is there, so it never reads as "may leave".
        ready.setTooltip(new Tooltip(ui.text("sessionScreen.gate.settledWhy")));
        transport.setId("transportArrived");
        transport.setText(ui.text("sessionScreen.gate.transport"));
        transport.setOnAction(e -> actions.run("transport", (engine, actor, id, request) -> engine.transportArrived(actor, id, request),
                message));
        sign.setId("signReadyToLeave");
        sign.setText(ui.text("sessionScreen.gate.sign"));
        sign.setOnAction(e -> sign());
        discharge.setId("discharge");
        discharge.setText(ui.text("sessionScreen.gate.discharge"));
        discharge.getStyleClass().add("primary-action");
        discharge.setOnAction(e -> actions.run("discharge", (engine, actor, id, request) -> engine.discharge(actor, id, request), message));
        acceptBp.setId("overrideDischargeBp");
        acceptBp.setText(ui.text("sessionScreen.gate.acceptBp"));
        acceptBp.setOnAction(e -> acceptBp());
        advice.setId("dischargeAdvice");
        advice.setText(ui.text("sessionScreen.gate.advice"));
        finished.setId("sessionFinished");
        adviceStatus.setId("dischargeAdviceStatus");
        printAdvice.setId("printDischargeAdvice");
        printAdvice.setText(ui.text("sessionScreen.advice.print"));
        printAdvice.setOnAction(e -> actions.printDischargeAdvice(printer, adviceMessage));
        adviceAcknowledged.setId("dischargeAdviceAcknowledged");
        adviceAcknowledged.setText(ui.text("sessionScreen.advice.acknowledged"));
        adviceAcknowledged.setOnAction(e -> actions.run(List.of("dischargeAdvice", AdviceHandover.ACKNOWLEDGED),
                (engine, actor, id, request) -> engine.recordDischargeAdvice(actor, id, AdviceHandover.ACKNOWLEDGED, request), adviceMessage));
        HBox adviceButtons = new HBox(8, printAdvice, adviceAcknowledged);
        adviceButtons.setAlignment(Pos.CENTER_LEFT);
        adviceBox.setId("dischargeAdviceBox");
        adviceBox.getChildren().addAll(advice, adviceStatus, adviceButtons, adviceMessage);
        HBox buttons = new HBox(8, transport, sign, discharge);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(title, possible, grid, acceptBp, ready, buttons, adviceBox, message, finished);
        StepPanel.keepWholeLabels(root);
    }

    Node root() {
        return root;
    }

    void show(SessionMoment m) {
        this.moment = m;
        DischargeGate.Result gate = m.gate();
        for (DischargeGate.Check check : gate.checks()) {
            Label mark = marks.get(check.criterion());
            mark.setText(check.met() ? "✓" : "✗");
            mark.getStyleClass().removeAll("gate-met", "gate-unmet");
            mark.getStyleClass().add(check.met() ? "gate-met" : "gate-unmet");
            reasons.get(check.criterion()).setText(check.reason().map(r -> ui.messages().refusal(r)).orElse(metText(check.criterion(), m)));
        }
        SessionState state = m.snapshot().state();
        possible.setText(state.isFinished() ? "" : possibleText(m));
        possible.getStyleClass().remove("gate-possible-now");
        if (possible.getText().equals(ui.text("sessionScreen.gate.possibleNow"))) {
            possible.getStyleClass().add("gate-possible-now");
        }
        ready.setText(state.isFinished() || m.snapshot().doseStart().isEmpty() ? ""
                : gate.readyToLeaveAt().map(t -> ui.text("sessionScreen.gate.readySince", ui.times().time(t)))
                .orElse(ui.text("sessionScreen.gate.notReady")));
        // Transport is recorded once; the service would take it again, but a second arrival means nothing.
        transport.setDisable(!m.allows(new TransportArrived(m.now())) || m.snapshot().transportArrivedAt().isPresent());
        // A signature: whoever signs in the dialog must be a prescriber, which the service checks (ROLE-2).
        sign.setDisable(!m.view().allows(new ReadyToLeaveSigned(m.now())));
        discharge.setDisable(!m.allows(new Discharged(m.now())));
        // DIS-1: offered only while the last BP is what stands in the way; the signer must be a prescriber.
        Step.reveal(acceptBp, m.view().allows(new SessionEvent.DischargeBpOverridden("-", m.now()))
                && m.gate().checks().stream().anyMatch(c -> c.criterion() == Criterion.LAST_BP_WITHIN_THRESHOLDS && !c.met()));
        showAdvice(m);
        SessionState s = state;
        finished.setText(switch (s) {
            case DISCHARGED -> ui.text("sessionScreen.finished.discharged", m.snapshot().dischargedAt().map(t -> ui.times().time(t)).orElse(""));
            case ABANDONED -> ui.text("sessionScreen.finished.abandoned");
            case REFERRED -> ui.text("sessionScreen.finished.referred");
            default -> "";
        });
        Step.reveal(finished, s.isFinished());
    }

    /**
     * When discharge becomes possible, said before anything else on the panel: the end of the
     * minimum observation (DIS-1) as a clock time and a countdown; once it has passed, "now" only
     * when every criterion holds, else that the criteria below are what is left. Nothing before the
     * dose: no end of observation can be named yet.
     */
    private String possibleText(SessionMoment m) {
        Optional<java.time.Instant> ends = m.protocol().observationEndsAt(m.snapshot());
        if (m.snapshot().doseStart().isEmpty() || ends.isEmpty()) {
            return ""; // before the dose there is no time to give: the criteria below say what is missing
        }
        if (m.now().isBefore(ends.get())) {
            return ui.text("sessionScreen.gate.possibleFrom", ui.times().time(ends.get()),
                    ui.times().countdown(java.time.Duration.between(m.now(), ends.get())));
        }
        return ui.text(m.gate().allMet() ? "sessionScreen.gate.possibleNow" : "sessionScreen.gate.possibleOnceMet");
    }

    /**
     * DIS-3 is a prompt: once the dose is in, the gate asks for the advice until it is recorded,
     * printed or acknowledged, and says by whom and when. Discharge does not wait for it.
     */
    private void showAdvice(SessionMoment m) {
        SessionState s = m.snapshot().state();
        boolean relevant = m.snapshot().doseStart().isPresent() && s != SessionState.REFERRED && s != SessionState.ABANDONED;
        Step.reveal(adviceBox, relevant);
        Optional<DischargeAdviceGiven> given = m.snapshot().dischargeAdvice();
        adviceStatus.getStyleClass().removeAll("advice-due", "advice-given");
        adviceStatus.getStyleClass().add(given.isPresent() ? "advice-given" : "advice-due");
        adviceStatus.setText(given.map(g -> ui.text("sessionScreen.advice.given." + g.handover().name(), g.userName(),
                        ui.times().time(g.at()), ui.text("language." + g.language().name())))
                .orElse(ui.text(s == SessionState.DISCHARGED ? "sessionScreen.advice.notGivenAfter" : "sessionScreen.advice.notGiven")));
        DischargeAdviceGiven probe = new DischargeAdviceGiven(m.now(), 0, "", AdviceHandover.ACKNOWLEDGED, Language.EN);
        boolean may = m.allows(probe);
        printAdvice.setDisable(!may || !m.actor().may(Permission.PRINT_SESSION_REPORTS));
        adviceAcknowledged.setDisable(!may || given.isPresent());
    }

    /** What a met criterion rests on: the times the nurse may be asked about. */
    private String metText(Criterion c, SessionMoment m) {
        return switch (c) {
            case TRANSPORT_PRESENT -> m.snapshot().transportArrivedAt().map(t -> ui.text("sessionScreen.gate.at", ui.times().time(t)))
                    .orElse("");
            case CLINICIAN_SIGNED -> m.snapshot().readyToLeaveSignedAt().map(t -> ui.text("sessionScreen.gate.at", ui.times().time(t)))
                    .orElse("");
            default -> "";
        };
    }

    /** DIS-1: the prescriber accepts the last BP above the thresholds for discharge, with a reason (SIG-2). */
    private void acceptBp() {
        TextArea reason = new TextArea();
        reason.setId("dischargeBpReason");
        reason.setPrefRowCount(2);
        reason.setWrapText(true);
        FormField field = new FormField(reason).label(ui.text("reason.label"));
        String bp = moment.snapshot().latestPostDoseReading().map(r -> r.sbp() + "/" + r.dbp()).orElse("");
        String meaning = ui.text("sessionScreen.gate.acceptBpMeaning", bp, moment.view().patient().displayName());
        actions.sign(SigningRight.PRESCRIBER, meaning, field, "dischargeBpOverride", () -> {
            String why = reason.getText() == null ? "" : reason.getText().strip();
            if (why.isEmpty()) {
                field.showError(ui.text("reason.required"));
                return Optional.empty();
            }
            field.clearError();
            return Optional.of((engine, signer, password, id, request) -> engine.overrideDischargeBp(signer, id, why, password, request));
        });
    }

    private void sign() {
        String meaning = ui.text("sessionScreen.gate.meaning", moment.view().patient().displayName());
        actions.sign(SigningRight.PRESCRIBER, meaning, null, List.of("readyToLeave"), () -> Optional.of(
                (engine, signer, password, id, request) -> engine.signReadyToLeave(signer, id, password, request)));
    }
}
