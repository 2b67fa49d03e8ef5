package org.vigil.ui.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.vigil.domain.session.DueItem;
import org.vigil.ui.alarm.OverduePriority;
import org.vigil.ui.common.UiContext;

/**
 * What the nurse must do next for this session, from the due items at the clinic clock: each
 * with the clock time it is due at and the countdown to it, or how late it is (ALM-4); its window
 * and rule on hover. Colours follow the
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
            chip.setMinWidth(Region.USE_PREF_SIZE);
            chip.setTooltip(new Tooltip(window(ui, item, m.snapshot().doseStart().orElse(item.target()))));
            chip.getStyleClass().add("due-chip");
            if (item.isOverdue()) {
                // Issue 15, item 4: the colour of the item's alarm as the bar shows it, escalation included.
                chip.getStyleClass().addAll("due-chip-overdue", "priority-" + OverduePriority.of(m.view().activeAlarms(), m.view().alarmRules(),
                        item, m.now()).name().toLowerCase(Locale.ROOT));
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

    /**
     * "BP check due 10:40 · in 4 min 30 s" / "BP check due 10:40 · now" / "BP check due 10:40 · 7 min
     * late": the target the rule names as a clock time, which is what a nurse compares with the
     * wall clock; lateness is measured from it (ALM-4). The window is on hover ({@link #window}).
     */
    static String describe(UiContext ui, DueItem item, Instant now) {
        String what = ui.text("sessionScreen.due.kind." + item.kind().name());
        String target = ui.times().time(item.target());
        if (item.isOverdue()) {
            return ui.text("sessionScreen.due.overdue", what, target, ui.times().countdown(item.lateAgainstTarget(now)));
        }
        if (item.isDue(now)) {
            return ui.text("sessionScreen.due.now", what, target);
        }
        return ui.text("sessionScreen.due.upcoming", what, target, ui.times().countdown(Duration.between(now, item.dueAt())));
    }

    /** "window 10:30–10:50 · 40 min after the dose started · why: BP-3": the detail behind a chip. */
    static String window(UiContext ui, DueItem item, Instant doseStart) {
        return ui.text("sessionScreen.due.window", ui.times().time(item.dueAt()), ui.times().time(item.overdueAt()),
                ui.times().duration(Duration.between(doseStart, item.target())), item.ruleId());
    }
}
