package org.vigil.ui.board;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.vigil.domain.session.AlarmPriority;
import org.vigil.domain.session.DueItem;
import org.vigil.service.ChairWatch;
import org.vigil.service.SessionView;
import org.vigil.ui.alarm.AlarmLook;
import org.vigil.ui.alarm.OverduePriority;
import org.vigil.ui.common.UiContext;

/**
 * What is due next on the floor, by time: chair, what, its target time and how long until it or
 * how late ("Chair 4 · BP check due 22:59 · 3 min late"), an overdue line in its alarm's colour.
 * Two uses: the locked and login screens' watch, with no name or other patient detail and only
 * what is due within {@link #LOCK_HORIZON}, so the floor is still watched while nobody is logged
 * in; and the board's "up next" list (issue 15, item 3), which names the patient and lists every
 * timed item, so the order by time lives here while the tiles keep their places.
 */
public final class FloorDueList {

    /** The lock screen lists what is due within this, so it stays short enough to read from across the room. */
    static final Duration LOCK_HORIZON = Duration.ofMinutes(5);

    private final UiContext ui;
    private final FloorModel floor;
    private final boolean upNext;
    private final VBox root = new VBox(4);
    private final Label title = new Label();
    private final Label nothing = new Label();
    private final List<Label> lines = new ArrayList<>();

    /** The locked and login screens' de-identified watch. */
    public FloorDueList(UiContext ui, FloorModel floor) {
        this(ui, floor, false);
    }

    /** @param upNext the board's list: every timed item, with the patient's name */
    FloorDueList(UiContext ui, FloorModel floor, boolean upNext) {
        this.ui = ui;
        this.floor = floor;
        this.upNext = upNext;
        root.setId(upNext ? "upNext" : "floorDueList");
        root.getStyleClass().add("floor-due-list");
        title.getStyleClass().add("section-title");
        nothing.setWrapText(true);
        tick();
    }

    public Node root() {
        return root;
    }

    /** Each second: recomputed from the loaded instants and the clock; nothing to do while not on screen. */
    public void tick() {
        if (root.getScene() == null) {
            return;
        }
        Instant now = ui.clock().instant();
        List<Row> rows = rows(this.floor.floor(), now);
        title.setText(ui.text(upNext ? "board.upNext.title" : "lock.watch.title"));
        nothing.setText(ui.text(upNext ? "board.upNext.nothing" : "lock.watch.nothing"));
        // Lines are reused: the list is redrawn every second, and a new label and tooltip per line each time is waste.
        while (lines.size() < rows.size()) {
            Label line = new Label();
            line.getStyleClass().add("watch-row");
            line.setWrapText(true);
            line.setTooltip(new Tooltip());
            lines.add(line);
        }
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).show(lines.get(i), ui, now);
        }
        List<Node> shown = new ArrayList<>();
        shown.add(title);
        if (rows.isEmpty()) {
            shown.add(nothing);
        }
        shown.addAll(lines.subList(0, rows.size()));
        if (!root.getChildren().equals(shown)) {
            root.getChildren().setAll(shown);
        }
    }

    /** The lines shown at {@code now}, by due time then chair. */
    List<Row> rows(Floor floor, Instant now) {
        List<Row> rows = new ArrayList<>();
        if (floor == null) {
            return rows;
        }
        Map<Long, String> names = new HashMap<>();
        if (upNext) {
            floor.sessions().forEach(s -> names.put(s.sessionId(), s.patient().displayName()));
        }
        for (ChairWatch s : floor.watches()) {
            for (DueItem item : s.due()) {
                if (upNext || !now.isBefore(item.dueAt().minus(LOCK_HORIZON))) {
                    Optional<AlarmPriority> late = now.isAfter(item.overdueAt())
                            ? Optional.of(OverduePriority.of(s.activeAlarms(), s.alarmRules(), item, now)) : Optional.empty();
                    rows.add(new Row(s.chair(), Optional.ofNullable(names.get(s.sessionId())), item, late));
                }
            }
        }
        rows.sort(Comparator.comparing((Row r) -> r.item().dueAt()).thenComparingInt(Row::chair));
        return rows;
    }

    /** One line: a chair's item, with the patient on the board's list, and its alarm's priority once late. */
    record Row(int chair, Optional<String> patient, DueItem item, Optional<AlarmPriority> late) {

        String text(UiContext ui, Instant now) {
            String due = DueWords.line(ui, item, now);
            return patient.map(name -> ui.text("board.upNext.row", chair, name, due)).orElseGet(() -> ui.text("board.watch.row", chair, due));
        }

        void show(Label line, UiContext ui, Instant now) {
            line.setText(text(ui, now));
            line.getTooltip().setText(DueWords.window(ui, item));
            AlarmLook.paint(line, late);
        }
    }
}
