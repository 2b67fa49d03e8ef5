package org.vigil.ui.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.vigil.service.SessionView;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.LiveScrollPane;
import org.vigil.ui.common.UiContext;

/**
 * The chair board, the nurses' home screen: one tile per chair (a clinic setting), most urgent
 * first. Calm when all is well; a chair with something overdue or alarming moves to the front
 * in its alarm colour. Opening a tile shows that session's screen. The view builds and places
 * the tiles; what each chair shows comes from its {@link ChairBoardModel}.
 */
public final class ChairBoardView {

    private static final double GAP = 12;

    private final UiContext ui;
    private final ChairBoardModel model;
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

    public ChairBoardView(UiContext ui, ChairBoardModel model, LongConsumer openSession) {
        this.ui = ui;
        this.model = model;
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
        summary.textProperty().bind(model.summaryProperty());
        problem.textProperty().bind(model.problemProperty());
        model.chairsProperty().addListener((obs, old, chairs) -> show(chairs));
        show(model.chairsProperty().get());
    }

    public Parent root() {
        return root;
    }

    private void show(List<ChairBoardModel.Chair> chairs) {
        for (ChairBoardModel.Chair chair : chairs) {
            byChair.computeIfAbsent(chair.number(), n -> {
                ChairTile tile = new ChairTile(ui, n, this::open, this::start);
                tiles.getChildren().add(tile.root());
                return tile;
            }).show(chair.session(), chair.unchanged());
        }
        byChair.entrySet().removeIf(e -> {
            boolean gone = e.getKey() > chairs.size();
            if (gone) {
                tiles.getChildren().remove(e.getValue().root());
            }
            return gone;
        });
        shownOrder = List.of();
        tick();
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
        tile.busy(true);
        model.checkIn(s, () -> {
            tile.busy(false);
            openSession.accept(s.sessionId());
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
