package org.vigil.ui.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import org.vigil.domain.Actor;
import org.vigil.domain.course.ChairOrder;
import org.vigil.domain.session.SessionState;
import org.vigil.service.Services;
import org.vigil.service.SessionView;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.UiContext;

/**
 * The chair board without its tiles: which session each chair shows, the summary and problem
 * lines, from the floor model; and check-in from a tile, whose reply goes into the floor model.
 */
public final class ChairBoardModel {

    /**
     * One chair as its tile shows it.
     *
     * @param unchanged the session's stored facts are those the tile already shows
     */
    record Chair(int number, Optional<SessionView> session, boolean unchanged) {}

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final FloorModel floor;
    private final ReadOnlyObjectWrapper<List<Chair>> chairs = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    /** Held here, listened to weakly: the floor model outlives the board of each login and language. */
    private final ChangeListener<Floor> showFloor = (obs, old, now) -> show(now);
    private final ChangeListener<String> showProblem = (obs, old, text) -> problem.set(text == null ? "" : text);

    public ChairBoardModel(Services services, UiContext ui, Supplier<Actor> actor, FloorModel floor) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        this.floor = floor;
        floor.floorProperty().addListener(new WeakChangeListener<>(showFloor));
        floor.problemProperty().addListener(new WeakChangeListener<>(showProblem));
        show(floor.floor());
    }

    /** Every chair of the clinic, in the clinic's chair order (a setting); a session booked on a chair past the setting adds it. */
    ReadOnlyObjectProperty<List<Chair>> chairsProperty() {
        return chairs.getReadOnlyProperty();
    }

    FloorModel floor() {
        return floor;
    }

    ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the floor could not be loaded; empty when it was. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Checks the patient in from the tile, in the background; the reply replaces the session on
     * the floor before {@code onDone} runs (e.g. opens the session's screen).
     *
     * @param onRefused the refusal or fault, in words, for the tile
     */
    void checkIn(SessionView session, Runnable onDone, Consumer<String> onRefused) {
        Actor who = actor.get();
        String request = UUID.randomUUID().toString();
        ui.background().run(() -> services.sessions().startSession(who, session.sessionId(), request),
                outcome -> new FormMessages(ui, onRefused).show(outcome, reply -> {
                    floor.update(reply);
                    onDone.run();
                }), onRefused);
    }

    private void show(Floor now) {
        if (now == null) {
            summary.set(ui.text("board.loading"));
            return;
        }
        Set<Integer> booked = now.sessions().stream().map(SessionView::chair).collect(Collectors.toSet());
        List<Chair> shown = new ArrayList<>();
        for (int chair : ChairOrder.of(now.chairOrder(), now.chairs(), booked)) {
            Optional<SessionView> on = sessionOn(now, chair);
            shown.add(new Chair(chair, on, on.map(s -> now.unchanged(s.sessionId())).orElse(false)));
        }
        chairs.set(List.copyOf(shown));
        long running = shown.stream().filter(c -> c.session().filter(s -> s.snapshot().state().isDosed()).isPresent()).count();
        long waiting = shown.stream().filter(c -> c.session().filter(s -> !s.snapshot().state().isDosed()).isPresent()).count();
        long finished = now.sessions().stream().filter(s -> s.snapshot().state().isFinished()).count();
        summary.set(ui.text("board.summary.floor", running, waiting, finished, shown.size()));
    }

    /**
     * The chair's session now: the one under way, else the next booked on it; a finished session
     * (discharged, abandoned, referred) has left the chair and stays only in the day's history.
     */
    private static Optional<SessionView> sessionOn(Floor floor, int chair) {
        List<SessionView> here = floor.sessions().stream().filter(s -> s.chair() == chair && !s.snapshot().state().isFinished()).toList();
        return here.stream().filter(s -> s.snapshot().state() != SessionState.BOOKED).findFirst()
                .or(() -> here.stream().filter(s -> s.snapshot().state() == SessionState.BOOKED).findFirst());
    }
}
