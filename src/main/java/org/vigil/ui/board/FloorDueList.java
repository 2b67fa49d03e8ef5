package org.vigil.ui.board;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.vigil.domain.session.DueItem;
import org.vigil.service.ChairWatch;
import org.vigil.ui.common.UiContext;

/**
 * The locked screen's watch: what is due on which chair and how late, with no name or other
 * patient detail, so the floor is still watched while nobody is logged in at the workstation.
 */
public final class FloorDueList {

    private final UiContext ui;
    private final FloorModel floor;
    private final VBox root = new VBox(4);

    public FloorDueList(UiContext ui, FloorModel floor) {
        this.ui = ui;
        this.floor = floor;
        root.setId("floorDueList");
        root.getStyleClass().add("floor-due-list");
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
        Floor floor = this.floor.floor();
        List<Row> rows = new ArrayList<>();
        if (floor != null) {
            for (ChairWatch s : floor.watches()) {
                for (DueItem item : s.due()) {
                    if (!now.isBefore(item.dueAt().minus(Duration.ofMinutes(5)))) {
                        rows.add(new Row(s.chair(), item, "due-" + OverduePriority.of(s.activeAlarms(), s.alarmRules(), item, now)));
                    }
                }
            }
        }
        rows.sort(Comparator.comparing((Row r) -> r.item().overdueAt()).thenComparingInt(Row::chair));
        List<Node> labels = new ArrayList<>();
        Label title = new Label(ui.text("lock.watch.title"));
        title.getStyleClass().add("section-title");
        labels.add(title);
        if (rows.isEmpty()) {
            labels.add(new Label(ui.text("lock.watch.nothing")));
        }
        for (Row row : rows) {
            labels.add(row.label(ui, now));
        }
        root.getChildren().setAll(labels);
    }

    private record Row(int chair, DueItem item, String styleClass) {
        Label label(UiContext ui, Instant now) {
            String what = ui.text("due.kind." + item.kind().name());
            String when = now.isAfter(item.overdueAt())
                    ? ui.text("lock.watch.late", ChairTile.clock(item.lateAgainstTarget(now)))
                    : now.isBefore(item.dueAt()) ? ui.text("lock.watch.in", ChairTile.clock(Duration.between(now, item.dueAt())))
                    : ui.text("lock.watch.now");
            Label label = new Label(ui.text("lock.watch.row", chair, what, when));
            label.getStyleClass().add("watch-row");
            if (now.isAfter(item.overdueAt())) {
                label.getStyleClass().add(styleClass);
            }
            return label;
        }
    }
}
