package org.vigil.ui.board;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.vigil.domain.patient.PatientFlag;
import org.vigil.domain.session.AlarmPriority;
import org.vigil.domain.session.DueItem;
import org.vigil.domain.Route;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;
import org.vigil.domain.session.SessionSnapshot;
import org.vigil.domain.session.SessionState;
import org.vigil.service.SessionView;
import org.vigil.ui.alarm.AlarmLook;
import org.vigil.ui.alarm.OverduePriority;
import org.vigil.ui.common.UiContext;

/**
 * One chair on the board. Everything time-dependent (countdown, time since the first device,
 * observation progress, urgency colour) is recomputed from the clock in {@link #tick}; the
 * loaded session only supplies instants. A free chair says so, and names and offers to start the
 * session booked on it next (issue 15: a finished session has left the chair).
 */
final class ChairTile {

    /** The tile's preferred width; the board fits as many columns as the window allows (three beside the up-next list at 1280 px). */
    static final double WIDTH = 240;

    private final UiContext ui;
    private final int chair;
    private final VBox body = new VBox(4);
    private final StackPane root = new StackPane(body);
    private final Label title = new Label();
    private final Label patient = new Label();
    private final Label flags = new Label();
    private final Label suspended = new Label();
    private final Label dose = new Label();
    private final Label state = new Label();
    private final Label sinceFirst = new Label();
    private final Label dueLine = new Label();
    private final Label lastBp = new Label();
    private final ProgressBar observation = new ProgressBar(0);
    private final Button start = new Button();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Label message = new Label();
    private final Label next = new Label();
    private final Tooltip dueWindow = new Tooltip();
    private Optional<SessionView> session = Optional.empty();
    private Urgency urgency = Urgency.NONE;

    private static final PseudoClass FREE = PseudoClass.getPseudoClass("free");

    ChairTile(UiContext ui, int chair, Consumer<SessionView> open, Consumer<SessionView> startSession) {
        this.ui = ui;
        this.chair = chair;
        root.setId("chair-" + chair);
        root.getStyleClass().add("chair-tile");
        // Issue 15, item 7: the tile grows to its words (they wrap) rather than cut them off with "…".
        root.setPrefWidth(WIDTH);
        root.setMinSize(230, 170);
        root.setMaxWidth(Double.MAX_VALUE);
        title.getStyleClass().add("tile-chair");
        patient.getStyleClass().add("tile-patient");
        flags.getStyleClass().add("tile-flags");
        suspended.getStyleClass().add("tile-suspended");
        suspended.setId("suspended-" + chair);
        suspended.setWrapText(true);
        suspended.setTooltip(new Tooltip(ui.text("board.suspended.why")));
        dueLine.getStyleClass().add("tile-due");
        dueLine.setId("due-" + chair);
        dueLine.setWrapText(true);
        dueLine.setTooltip(dueWindow);
        next.getStyleClass().add("tile-next");
        next.setId("next-" + chair);
        next.setWrapText(true);
        next.managedProperty().bind(next.textProperty().isNotEmpty());
        next.visibleProperty().bind(next.managedProperty());
        lastBp.getStyleClass().add("tile-bp");
        message.getStyleClass().add("message");
        message.setWrapText(true);
        observation.setMaxWidth(Double.MAX_VALUE);
        observation.getStyleClass().add("tile-progress");
        start.setId("start-" + chair);
        start.setText(ui.text("board.start"));
        start.setTooltip(new Tooltip(ui.text("board.start.tooltip")));
        start.setOnAction(e -> session.ifPresent(startSession));
        busy.setMaxSize(28, 28);
        busy.setVisible(false);
        StackPane.setAlignment(busy, Pos.TOP_RIGHT);
        root.getChildren().add(busy);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        body.getChildren().addAll(new HBox(8, title, spacer, state), patient, next, suspended, flags, dose, sinceFirst, dueLine, lastBp,
                observation, start, message);
        for (Label line : List.of(patient, next, suspended, flags, dose, sinceFirst, dueLine, lastBp, message)) {
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
        }
        root.setOnMouseClicked(e -> session.filter(s -> s.snapshot().state() != SessionState.BOOKED).ifPresent(open));
        root.setFocusTraversable(true);
        Tooltip.install(root, new Tooltip(ui.text("board.tile.tooltip")));
        root.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                session.filter(s -> s.snapshot().state() != SessionState.BOOKED).ifPresent(open);
            }
        });
        show(Optional.empty(), false);
    }

    Node root() {
        return root;
    }

    int chair() {
        return chair;
    }

    Optional<SessionView> session() {
        return session;
    }

    /** As of the last {@link #tick}: the board orders tiles by it without computing it again. */
    Urgency urgency() {
        return urgency;
    }

    void busy(boolean on) {
        busy.setVisible(on);
        start.setDisable(on || suspended());
    }

    /** PAT-1: check-in would be refused, so the tile says why and does not offer it. */
    private boolean suspended() {
        return session.flatMap(SessionView::suspension).isPresent();
    }

    void refused(String text) {
        message.setText(text);
    }

    /**
     * Shows a chair's session as loaded; {@code factsUnchanged} says the loaded session's stored
     * facts are those of the previous load, so only the clock-driven texts need computing.
     */
    void show(Optional<SessionView> shown, boolean factsUnchanged) {
        boolean unchanged = factsUnchanged && session.isPresent() && shown.isPresent()
                && session.get().sessionId() == shown.get().sessionId();
        this.session = shown;
        if (unchanged) {
            // A reload brings every chair again; redrawing the eleven that did not change stalled the FX thread.
            tick();
            return;
        }
        message.setText("");
        title.setText(ui.text("board.chair", chair));
        boolean booked = shown.map(s -> s.snapshot().state() == SessionState.BOOKED).orElse(false);
        boolean running = shown.isPresent() && !booked;
        shown.ifPresentOrElse(s -> {
            String who = ui.text("board.patient", s.patient().displayName(), s.patient().age());
            // Issue 15: a chair with only a booking on it is free; the tile names who comes next.
            patient.setText(booked ? ui.text("board.free") : who);
            next.setText(booked ? ui.text("board.nextBooking", who) : "");
            flags.setText(String.join(" · ", s.patient().flags().stream().sorted().map(PatientFlag::messageKey).map(ui::text).toList()));
            state.setText(ui.text("session.state." + s.snapshot().state().name()));
            dose.setText(doseText(s.snapshot()));
        }, () -> {
            patient.setText(ui.text("board.free"));
            next.setText(ui.text("board.noBooking"));
            flags.setText("");
            state.setText("");
            dose.setText("");
        });
        root.pseudoClassStateChanged(FREE, !running);
        for (Node n : List.of(flags, dose, sinceFirst, dueLine, lastBp, observation)) {
            n.setVisible(running);
            n.setManaged(running);
        }
        flags.setVisible(shown.isPresent() && !flags.getText().isEmpty());
        flags.setManaged(flags.isVisible());
        start.setVisible(booked);
        start.setManaged(booked);
        start.setDisable(suspended());
        suspended.setText(suspended() ? ui.text("board.suspended") : "");
        suspended.setVisible(suspended());
        suspended.setManaged(suspended());
        tick();
    }

    private String doseText(SessionSnapshot s) {
        if (s.route().isEmpty()) {
            return ui.text("board.dose.none");
        }
        String route = ui.text("route." + s.route().get().name());
        return s.route().get() == Route.NASAL
                ? ui.text("board.dose.nasal", s.doseMg(), route, s.devicesGiven(), s.devicesAuthorised())
                : ui.text("board.dose.iv", s.doseMg(), route);
    }

    /** Each second: the texts that depend on the clock, from the loaded instants. */
    void tick() {
        Instant now = ui.clock().instant();
        urgency = session.map(s -> Urgency.of(s, now)).orElse(Urgency.NONE);
        AlarmLook.paint(root, urgency.alarm());
        if (session.isEmpty()) {
            return;
        }
        SessionView s = session.get();
        SessionSnapshot snap = s.snapshot();
        boolean dosed = snap.doseStart().isPresent();
        sinceFirst.setText(snap.doseStart().map(t -> ui.text("board.sinceFirst.at", ui.times().time(t), ui.times().duration(Duration.between(t, now))))
                .orElse(""));
        sinceFirst.setVisible(dosed);
        sinceFirst.setManaged(dosed);
        Optional<AlarmPriority> dueColour = Optional.empty();
        dueWindow.setText("");
        if (!dosed) {
            // Before the dose nothing is timed; the tile says which step the session waits for.
            dueLine.setText(nextStep(snap));
        } else if (urgency.next().isPresent()) {
            DueItem item = urgency.next().get();
            dueLine.setText(DueWords.line(ui, item, now));
            dueWindow.setText(DueWords.window(ui, item));
            if (now.isAfter(item.overdueAt())) {
                dueColour = Optional.of(OverduePriority.of(s.activeAlarms(), s.alarmRules(), item, now));
            }
        } else {
            dueLine.setText(ui.text("board.nothingDue"));
        }
        AlarmLook.paint(dueLine, dueColour);
        lastBp.setText(lastBpText(snap));
        observation.setProgress(snap.doseStart().map(t -> Math.min(1.0,
                (double) Duration.between(t, now).toSeconds() / s.protocol().observationFor(snap).toSeconds())).orElse(0.0));
    }

    private String nextStep(SessionSnapshot s) {
        return switch (s.state()) {
            case CHECKED_IN -> ui.text("board.next.CHECKED_IN");
            case PRE_DOSE_CHECKS_DONE -> ui.text("board.next.PRE_DOSE_CHECKS_DONE");
            case DOSE_AUTHORISED -> ui.text(s.route().orElse(Route.NASAL) == Route.IV ? "board.next.startInfusion" : "board.next.firstDevice");
            default -> ui.text("board.nothingDue");
        };
    }

    /** The latest reading with an arrow for the systolic trend against the one before. */
    private String lastBpText(SessionSnapshot s) {
        List<VitalsRecorded> readings = s.readings();
        if (readings.isEmpty()) {
            return s.baseline().map(b -> ui.text("board.baseline", b.sbp() + "/" + b.dbp())).orElse(ui.text("board.noBp"));
        }
        VitalsRecorded last = readings.getLast();
        int previous = readings.size() > 1 ? readings.get(readings.size() - 2).sbp() : s.baseline().map(VitalsRecorded::sbp).orElse(last.sbp());
        String arrow = last.sbp() > previous ? "↑" : last.sbp() < previous ? "↓" : "→";
        return ui.text("board.lastBp", last.sbp() + "/" + last.dbp(), arrow, last.heartRate(), last.spo2());
    }
}
