package org.vigil.ui.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.vigil.domain.session.DueItem;
import org.vigil.ui.common.UiContext;

/**
 * What the nurse must do next for this session, from the due items at the clinic clock: each
 * with its rule, the countdown to when it is due, or how late it is (ALM-4). Colours follow the
 * ALM-1 priority once an item is late; upcoming items stay calm (ALM-5).
 */
final class DueStrip {

    private static final int UPCOMING_SHOWN = 4;

    private final UiContext ui;
    private final FlowPane root = new FlowPane(8, 4);

    DueStrip(UiContext ui) {
        this.ui = ui;
        root.setId("dueItems");
        root.getStyleClass().add("due-strip");
    }

    Node root() {
        return root;
    }

    void show(SessionMoment m) {
        root.getChildren().clear();
        int upcoming = 0;
        int later = 0;
        for (DueItem item : m.due()) {
            // Everything due or late is listed; of what is still to come only the next few, the rest is on the timeline.
            if (!item.isDue(m.now()) && ++upcoming > UPCOMING_SHOWN) {
                later++;
                continue;
            }
            Label chip = new Label(describe(ui, item, m.now()));
            chip.setId("due-" + item.kind().name());
            chip.getStyleClass().add("due-chip");
            if (item.isOverdue()) {
                chip.getStyleClass().addAll("due-chip-overdue", "priority-" + item.priority().name().toLowerCase(Locale.ROOT));
            } else if (item.isDue(m.now())) {
                chip.getStyleClass().add("due-chip-due");
            }
            root.getChildren().add(chip);
        }
        if (later > 0) {
            Label more = new Label(ui.text("sessionScreen.due.more", later));
            more.setId("dueMore");
            more.getStyleClass().add("field-hint");
            root.getChildren().add(more);
        }
        root.setVisible(!m.due().isEmpty());
        root.setManaged(!m.due().isEmpty());
    }

    /** "BP check (BP-3) in 4:30, 08:45" / "… due now, late after 08:55" / "… 3:10 overdue". */
    static String describe(UiContext ui, DueItem item, Instant now) {
        String what = ui.text("sessionScreen.due.kind." + item.kind().name(), item.ruleId());
        if (item.isOverdue()) {
            return ui.text("sessionScreen.due.overdue", what, Times.countdown(item.lateness()));
        }
        if (item.isDue(now)) {
            return ui.text("sessionScreen.due.now", what, Times.clock(item.overdueAt(), ui.zone()));
        }
        return ui.text("sessionScreen.due.upcoming", what, Times.countdown(Duration.between(now, item.dueAt())),
                Times.clock(item.dueAt(), ui.zone()));
    }
}
