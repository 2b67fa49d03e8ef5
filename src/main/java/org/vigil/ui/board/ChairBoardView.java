package org.vigil.ui.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.session.SessionState;
import org.vigil.service.Services;
import org.vigil.service.SessionView;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.LiveScrollPane;
import org.vigil.ui.common.UiContext;

/**
 * The chair board, the nurses' home screen: one tile per chair (a clinic setting), most urgent
 * first. Calm when all is well; a chair with something overdue or alarming moves to the front
 * in its alarm colour. Opening a tile shows that session's screen.
 */
public final class ChairBoardView {

    private static final double GAP = 12;

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final FloorWatch watch;
    private final LongConsumer openSession;
    private final VBox root = new VBox(10);
    /**
     * Tiles keep their place in the scene graph; reordering only moves their grid cells. Taking
     * nodes out and putting them back re-applies CSS to every tile, which stalled the FX thread.
     */
    private final GridPane tiles = new GridPane();
    private int columns = 3;
    private final Label summary = new Label();
    private final Label problem = FormField.messageLine("boardMessage");
    private final Map<Integer, ChairTile> byChair = new LinkedHashMap<>();
    private List<Integer> shownOrder = List.of();

    public ChairBoardView(Services services, UiContext ui, Supplier<Actor> actor, FloorWatch watch, LongConsumer openSession) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        this.watch = watch;
        this.openSession = openSession;
        root.setId("chairBoard");
        root.getStyleClass().add("chair-board");
        root.setPadding(new Insets(14));
        Label title = new Label(ui.text("board.title"));
        title.getStyleClass().add("screen-title");
        summary.setId("boardSummary");
        tiles.setId("boardTiles");
        tiles.setHgap(GAP);
        tiles.setVgap(GAP);
        ScrollPane scroll = new LiveScrollPane(tiles);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("board-scroll");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        root.getChildren().addAll(title, summary, problem, scroll);
        scroll.widthProperty().addListener((obs, old, width) -> {
            int fit = Math.max(1, (int) ((width.doubleValue() - GAP) / (ChairTile.WIDTH + GAP)));
            if (fit != columns) {
                columns = fit;
                place();
            }
        });
        watch.floorProperty().addListener((obs, old, floor) -> show(floor));
        watch.problemProperty().addListener((obs, old, text) -> problem.setText(text == null ? "" : text));
        show(watch.floor());
    }

    public Parent root() {
        return root;
    }

    private void show(FloorWatch.Floor floor) {
        if (floor == null) {
            summary.setText(ui.text("board.loading"));
            return;
        }
        int chairs = Math.max(floor.chairs(), floor.sessions().stream().mapToInt(SessionView::chair).max().orElse(0));
        for (int chair = 1; chair <= chairs; chair++) {
            Optional<SessionView> on = sessionOn(floor, chair);
            byChair.computeIfAbsent(chair, n -> {
                ChairTile tile = new ChairTile(ui, n, this::open, this::start);
                tiles.getChildren().add(tile.root());
                return tile;
            }).show(on, on.map(s -> floor.unchanged(s.sessionId())).orElse(false));
        }
        byChair.entrySet().removeIf(e -> {
            boolean gone = e.getKey() > chairs;
            if (gone) {
                tiles.getChildren().remove(e.getValue().root());
            }
            return gone;
        });
        shownOrder = List.of();
        long running = floor.sessions().stream().filter(s -> s.snapshot().state().isDosed()).count();
        long waiting = floor.sessions().size() - running;
        summary.setText(ui.text("board.summary", running, waiting, chairs));
        tick();
    }

    /** The chair's session now: one still open, else the latest of the day (discharged stays visible until the next starts). */
    private static Optional<SessionView> sessionOn(FloorWatch.Floor floor, int chair) {
        List<SessionView> here = floor.sessions().stream().filter(s -> s.chair() == chair).toList();
        return here.stream().filter(s -> !s.snapshot().state().isFinished() && s.snapshot().state() != SessionState.BOOKED)
                .findFirst()
                .or(() -> here.stream().filter(s -> s.snapshot().state() == SessionState.BOOKED).findFirst())
                .or(() -> here.isEmpty() ? Optional.empty() : Optional.of(here.getLast()));
    }

    /** Each second: countdowns and colours from the clock; tiles reorder only when the order changes. */
    public void tick() {
        byChair.values().forEach(ChairTile::tick);
        List<ChairTile> ordered = new ArrayList<>(byChair.values());
        ordered.sort(Comparator.comparing((ChairTile t) -> t.session().filter(s -> !s.snapshot().state().isFinished())
                        .map(s -> t.urgency()).orElse(Urgency.NONE), Urgency.MOST_URGENT_FIRST)
                .thenComparingInt(ChairTile::chair));
        List<Integer> order = ordered.stream().map(ChairTile::chair).toList();
        if (!order.equals(shownOrder)) {
            shownOrder = order;
            place();
        }
    }

    /** Puts each tile in its cell: most urgent top left, reading order. */
    private void place() {
        for (int i = 0; i < shownOrder.size(); i++) {
            ChairTile tile = byChair.get(shownOrder.get(i));
            if (tile != null) {
                GridPane.setConstraints(tile.root(), i % columns, i / columns);
            }
        }
    }

    private void open(SessionView s) {
        openSession.accept(s.sessionId());
    }

    /** Check-in from the tile; only the tile shows it is busy. */
    private void start(SessionView s) {
        ChairTile tile = byChair.get(s.chair());
        Actor who = actor.get();
        String request = UUID.randomUUID().toString();
        tile.busy(true);
        ui.background().run(() -> services.sessions().startSession(who, s.sessionId(), request), (Outcome<SessionView> outcome) -> {
            tile.busy(false);
            new FormMessages(ui, tile::refused).show(outcome, view -> {
                watch.reload();
                openSession.accept(s.sessionId());
            });
        }, text -> {
            tile.busy(false);
            tile.refused(text);
        });
    }

    /** The tile node of a chair, for tests and screenshots. */
    Optional<Node> tile(int chair) {
        return Optional.ofNullable(byChair.get(chair)).map(ChairTile::root);
    }
}
