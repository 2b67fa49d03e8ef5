package org.vigil.ui.session;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vigil.domain.Actor;
import org.vigil.service.Services;
import org.vigil.ui.board.FloorModel;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.ReasonDialog;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.patients.PatientHeader;
import org.vigil.ui.report.ReportOutput;

/**
 * One patient's session at the chair, opened from the board: who (the patient header), where
 * the session stands in time (timeline, due items, alarms), the step in hand (step panel), and
 * how the patient is doing against discharge (BP chart, discharge gate). Every button is enabled
 * exactly when the service would take the action now, and every refusal is shown next to the
 * control that asked. The screen only builds and binds its controls: the session, the moment
 * shown and the commands are its {@link SessionViewModel}'s, which follows the workstation's
 * floor model.
 */
public final class SessionScreen {

    private final UiContext ui;
    private final SessionViewModel model;
    private final BorderPane root = new BorderPane();
    private final VBox header = new VBox();
    private final Label state = new Label();
    private final Label message = FormField.messageLine("sessionMessage");
    private final Button abandon = new Button();
    private final Button refer = new Button();
    private final Button report = new Button();
    private final AlarmStrip alarms;
    private final SessionTimeline timeline;
    private final DueStrip due;
    private final StepPanel steps;
    private final BpChart chart;
    private final GatePanel gate;
    private long headerFor = -1;

    /** @param floor this workstation's floor: the session is read from it and every action's reply goes into it */
    public SessionScreen(Services services, UiContext ui, Supplier<Actor> actor, FloorModel floor, long sessionId, Runnable onBack) {
        this(services, ui, actor, floor, sessionId, onBack, ReportOutput.system());
    }

    /** @param reports where "Report…" and the discharge advice (DIS-3) print, and how a saved PDF is opened: the system's, or a test's stand-ins */
    public SessionScreen(Services services, UiContext ui, Supplier<Actor> actor, FloorModel floor, long sessionId, Runnable onBack,
                         ReportOutput reports) {
        this.ui = ui;
        this.model = new SessionViewModel(services, ui, actor, floor, sessionId);
        SessionActions actions = new SessionActions(model, services.accounts(), actor);
        this.alarms = new AlarmStrip(actions);
        this.timeline = new SessionTimeline(ui);
        this.due = new DueStrip(ui);
        this.steps = new StepPanel(actions);
        this.chart = new BpChart(ui);
        this.gate = new GatePanel(actions, reports.printer());
        root.setId("sessionScreen");
        root.getStyleClass().add("session-screen");
        root.setTop(top(onBack));
        HBox.setHgrow(steps.root(), Priority.ALWAYS);
        VBox right = new VBox(4, chart.root(), gate.root());
        right.setId("sessionRight");
        right.setPadding(new Insets(0, 4, 0, 0));
        // Alarms and due items above take room as they come: the column scrolls rather than hide the gate's buttons.
        javafx.scene.control.ScrollPane rightScroll = new javafx.scene.control.ScrollPane(right);
        rightScroll.setFitToWidth(true);
        rightScroll.getStyleClass().add("step-panel");
        rightScroll.setPrefWidth(540);
        rightScroll.setMinWidth(480);
        HBox center = new HBox(8, steps.root(), rightScroll);
        center.setPadding(new Insets(0, 10, 8, 10));
        root.setCenter(center);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> key(e, onBack));
        message.textProperty().bind(model.messageProperty());
        abandon.disableProperty().bind(model.mayAbandonProperty().not());
        refer.disableProperty().bind(model.mayReferProperty().not());
        report.disableProperty().bind(model.mayReportProperty().not());
        report.setOnAction(e -> model.report(report.getScene().getWindow(), reports));
        model.momentProperty().addListener((obs, old, m) -> show(m));
        Optional.ofNullable(model.momentProperty().get()).ifPresent(this::show);
    }

    public Parent root() {
        return root;
    }

    /** Called every second: the view model works the session out again at the clinic clock. */
    public void tick() {
        model.tick();
    }

    private void show(SessionMoment m) {
        if (headerFor != m.view().patient().id()) {
            headerFor = m.view().patient().id();
            header.getChildren().setAll(new PatientHeader(ui, m.view().patient()).root());
        }
        state.setText(stateLine(m));
        alarms.show(m);
        timeline.show(m);
        due.show(m);
        steps.show(m);
        chart.show(m);
        gate.show(m);
    }

    private String stateLine(SessionMoment m) {
        String line = ui.text("sessionScreen.stateLine", m.view().chair(), ui.text("sessionScreen.state." + m.snapshot().state().name()));
        Optional<String> dose = m.snapshot().doseStart().map(d -> ui.text("sessionScreen.stateLine.dosed", ui.times().time(d),
                ui.times().duration(java.time.Duration.between(d, m.now()))));
        return dose.map(d -> line + " · " + d).orElse(line);
    }

    private VBox top(Runnable onBack) {
        Button back = new Button(ui.text("sessionScreen.back"));
        back.setId("backToBoard");
        back.setTooltip(new Tooltip(ui.text("sessionScreen.back.tooltip")));
        back.setOnAction(e -> onBack.run());
        state.setId("sessionState");
        state.getStyleClass().add("session-state");
        abandon.setId("abandon");
        abandon.setText(ui.text("sessionScreen.abandon"));
        abandon.setOnAction(e -> new ReasonDialog(ui, ui.text("sessionScreen.abandon.title")).ask().ifPresent(model::abandon));
        refer.setId("referEmergency");
        refer.setText(ui.text("sessionScreen.refer"));
        refer.getStyleClass().add("danger-action");
        refer.setOnAction(e -> new ReasonDialog(ui, ui.text("sessionScreen.refer.title")).ask().ifPresent(model::refer));
        report.setId("sessionReport");
        report.setText(ui.text("report.session.dialog.sessionButton"));
        report.setTooltip(new Tooltip(ui.text("report.session.dialog.sessionButton.tooltip")));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(header, Priority.SOMETIMES);
        VBox stateBox = new VBox(6, state, new HBox(8, report, abandon, refer));
        stateBox.setAlignment(Pos.CENTER_RIGHT);
        HBox bar = new HBox(10, back, header, spacer, stateBox);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 2, 10));
        VBox top = new VBox(4, bar, message, alarms.root(), timeline, due.root());
        top.setPadding(new Insets(0, 0, 4, 0));
        VBox.setMargin(timeline, new Insets(0, 10, 0, 10));
        VBox.setMargin(due.root(), new Insets(0, 10, 0, 10));
        VBox.setMargin(message, new Insets(0, 10, 0, 10));
        VBox.setMargin(alarms.root(), new Insets(0, 10, 0, 10));
        return top;
    }

    /** Esc goes back to the board; 0–5 score MOAA/S when no text field has the key (OBS-2). */
    private void key(KeyEvent e, Runnable onBack) {
        if (e.getCode() == KeyCode.ESCAPE) {
            onBack.run();
            e.consume();
            return;
        }
        // Alt with the digit: a bare digit typed with the focus on a button must never chart a score.
        if (!e.isAltDown() || e.getTarget() instanceof TextInputControl || e.getTarget() instanceof ComboBoxBase<?>) {
            return;
        }
        int score = switch (e.getCode()) {
            case DIGIT0, NUMPAD0 -> 0;
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            default -> -1;
        };
        if (score >= 0 && steps.observation().scoreFromKey(score)) {
            e.consume();
        }
    }
}
