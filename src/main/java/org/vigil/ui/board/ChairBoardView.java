package org.vigil.ui.board;

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
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.vigil.service.SessionView;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.LiveScrollPane;
import org.vigil.ui.common.UiContext;

/**
 * The chair board, the nurses' home screen: one tile per chair (a clinic setting), each in its
 * place by the clinic's chair order. Chairs are physical, so a tile never moves (issue 15, item
 * 3): a nurse who looked a moment ago opens the patient she saw. Urgency is shown, not sorted by:
 * a chair with something overdue or alarming takes its alarm's colour, the alarm bar lists the
 * alarms, and the "up next" list beside the tiles orders what is due by time. Opening a tile shows
 * that session's screen. The view builds and places the tiles; what each chair shows comes from
 * its {@link ChairBoardModel}.
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
    private final FloorDueList upNext;
    private List<Integer> shownOrder = List.of();

    /** The up-next column's width: a line names chair, patient, item and time, wrapping when long. */
    private static final double UP_NEXT_WIDTH = 260;

    public ChairBoardView(UiContext ui, ChairBoardModel model, LongConsumer openSession) {
        this.ui = ui;
        this.model = model;
        this.openSession = openSession;
        this.upNext = new FloorDueList(ui, model.floor(), true);
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
        ScrollPane upNextScroll = new ScrollPane(upNext.root());
        upNextScroll.setFitToWidth(true);
        upNextScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        upNextScroll.getStyleClass().addAll("board-scroll", "up-next");
        upNextScroll.setPrefWidth(UP_NEXT_WIDTH);
        upNextScroll.setMinWidth(UP_NEXT_WIDTH);
        HBox floorArea = new HBox(GAP, scroll, upNextScroll);
        HBox.setHgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        VBox.setVgrow(floorArea, javafx.scene.layout.Priority.ALWAYS);
        root.getChildren().addAll(title, summary, problem, floorArea);
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
        List<Integer> order = chairs.stream().map(ChairBoardModel.Chair::number).toList();
        byChair.entrySet().removeIf(e -> {
            boolean gone = !order.contains(e.getKey());
            if (gone) {
                tiles.getChildren().remove(e.getValue().root());
            }
            return gone;
        });
        // Places change only with the chair order or the chairs themselves, never with urgency.
        if (!order.equals(shownOrder)) {
            shownOrder = order;
            place();
        }
        tick();
    }

    /** Each second: countdowns, colours and the up-next list from the clock; no tile moves. */
    public void tick() {
        byChair.values().forEach(ChairTile::tick);
        upNext.tick();
    }

    /** Puts each tile in its cell, in the clinic's chair order, reading order; the columns share the width. */
    private void place() {
        List<ColumnConstraints> shares = new java.util.ArrayList<>();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints share = new ColumnConstraints();
            share.setPercentWidth(100.0 / columns);
            share.setFillWidth(true);
            shares.add(share);
        }
        tiles.getColumnConstraints().setAll(shares);
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

    /** The up-next list, for tests. */
    FloorDueList upNext() {
        return upNext;
    }

    /** The tile node of a chair, for tests and screenshots. */
    Optional<Node> tile(int chair) {
        return Optional.ofNullable(byChair.get(chair)).map(ChairTile::root);
    }
}
