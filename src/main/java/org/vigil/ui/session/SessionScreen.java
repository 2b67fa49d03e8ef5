package org.vigil.ui.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import org.vigil.domain.Outcome;
import org.vigil.domain.Route;
import org.vigil.domain.session.SessionEvent.Abandoned;
import org.vigil.domain.session.SessionEvent.ReferredToEmergency;
import org.vigil.domain.vitals.VitalLimits;
import org.vigil.service.CourseView;
import org.vigil.service.Services;
import org.vigil.service.SessionView;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.ReasonDialog;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.patients.PatientHeader;

/**
 * One patient's session at the chair, opened from the board: who (the patient header), where
 * the session stands in time (timeline, due items, alarms), the step in hand (step panel), and
 * how the patient is doing against discharge (BP chart, discharge gate). Every button is enabled
 * exactly when the service would take the action now, and every refusal is shown next to the
 * control that asked. All data comes from the session service in the background; the one-second
 * tick only works the due times and the gate out again at the clinic clock.
 */
public final class SessionScreen {

    /** Another workstation may record on this session too: reload at least this often while open. */
    private static final Duration RELOAD_EVERY = Duration.ofSeconds(30);

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final long sessionId;
    private final BorderPane root = new BorderPane();
    private final VBox header = new VBox();
    private final Label state = new Label();
    private final Label message = FormField.messageLine("sessionMessage");
    private final Button abandon = new Button();
    private final Button refer = new Button();
    private final SessionActions actions;
    private final AlarmStrip alarms;
    private final SessionTimeline timeline;
    private final DueStrip due;
    private final StepPanel steps;
    private final BpChart chart;
    private final GatePanel gate;
    private SessionView view;
    private Optional<Route> courseRoute = Optional.empty();
    private VitalLimits limits;
    private Instant loadedAt;
    private boolean loading;
    private long headerFor = -1;
    private Runnable onSaved = () -> { };

    public SessionScreen(Services services, UiContext ui, Supplier<Actor> actor, long sessionId, Runnable onBack) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        this.sessionId = sessionId;
        this.actions = new SessionActions(services, ui, actor, sessionId, saved -> {
            show(saved);
            onSaved.run();
        });
        this.alarms = new AlarmStrip(actions);
        this.timeline = new SessionTimeline(ui);
        this.due = new DueStrip(ui);
        this.steps = new StepPanel(actions);
        this.chart = new BpChart(ui);
        this.gate = new GatePanel(actions);
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
        refresh();
    }

    public Parent root() {
        return root;
    }

    /** Called after each action this screen saved, e.g. so the floor's alarm bar reloads at once. */
    public void onSaved(Runnable listener) {
        this.onSaved = listener;
    }

    /** Loads the session again in the background and shows it. */
    public void refresh() {
        if (loading) {
            return;
        }
        loading = true;
        Actor who = actor.get();
        boolean needRoute = courseRoute.isEmpty();
        ui.background().run(() -> load(who, needRoute), loaded -> {
            loading = false;
            loadedAt = ui.clock().instant();
            new FormMessages(ui, message::setText).show(loaded.view(), view -> {
                loaded.route().ifPresent(r -> courseRoute = Optional.of(r));
                limits = loaded.limits();
                message.setText("");
                show(view);
            });
        }, fault -> {
            loading = false;
            message.setText(fault);
        });
    }

    /**
     * Called every second: countdowns, due items, the gate and which buttons are enabled are worked
     * out again from the stored instants at the clinic clock; nothing is decremented.
     */
    public void tick() {
        if (view != null) {
            showAt(ui.clock().instant());
        }
        if (loadedAt != null && !ui.clock().instant().isBefore(loadedAt.plus(RELOAD_EVERY))) {
            refresh();
        }
    }

    private record Loaded(Outcome<SessionView> view, Optional<Route> route, VitalLimits limits) {}

    private Loaded load(Actor who, boolean needRoute) {
        Outcome<SessionView> loaded = services.sessions().view(who, sessionId);
        Optional<Route> route = Optional.empty();
        if (loaded.isDone() && needRoute) {
            SessionView v = loaded.value();
            Outcome<List<CourseView>> courses = services.courses().ofPatient(who, v.patient().id());
            if (courses.isDone()) {
                route = courses.value().stream().filter(c -> c.id() == v.courseId()).findFirst()
                        .map(c -> c.course().regimen().route());
            }
        }
        return new Loaded(loaded, route, VitalLimits.from(services.settings().current()));
    }

    private void show(SessionView loaded) {
        this.view = loaded;
        if (headerFor != loaded.patient().id()) {
            headerFor = loaded.patient().id();
            header.getChildren().setAll(new PatientHeader(ui, loaded.patient()).root());
        }
        showAt(ui.clock().instant());
    }

    private void showAt(Instant now) {
        SessionMoment m = SessionMoment.at(view, now, actor.get(), courseRoute, limits);
        state.setText(stateLine(m));
        abandon.setDisable(!m.allows(new Abandoned("-", now)));
        refer.setDisable(!m.allows(new ReferredToEmergency("-", now)));
        alarms.show(m);
        timeline.show(m);
        due.show(m);
        steps.show(m);
        chart.show(m);
        gate.show(m);
    }

    private String stateLine(SessionMoment m) {
        String line = ui.text("sessionScreen.stateLine", view.chair(), ui.text("sessionScreen.state." + m.snapshot().state().name()));
        Optional<String> dose = m.snapshot().doseStart().map(d -> ui.text("sessionScreen.stateLine.dosed", Times.clock(d, ui.zone()),
                Times.minutes(d, m.now())));
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
        abandon.setOnAction(e -> new ReasonDialog(ui, ui.text("sessionScreen.abandon.title")).ask().ifPresent(reason -> actions.run(
                List.of("abandon", reason), (engine, who, id, request) -> engine.abandon(who, id, reason, request), message)));
        refer.setId("referEmergency");
        refer.setText(ui.text("sessionScreen.refer"));
        refer.getStyleClass().add("danger-action");
        refer.setOnAction(e -> new ReasonDialog(ui, ui.text("sessionScreen.refer.title")).ask().ifPresent(reason -> actions.run(
                List.of("refer", reason), (engine, who, id, request) -> engine.referToEmergency(who, id, reason, request), message)));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(header, Priority.SOMETIMES);
        VBox stateBox = new VBox(6, state, new HBox(8, abandon, refer));
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
