package org.vigil.ui.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.vigil.domain.session.DueItem;
import org.vigil.ui.alarm.OverduePriority;
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
            Label chip = new Label(describe(ui, item, m.snapshot().doseStart().orElse(item.target()), m.now()));
            chip.setId("due-" + item.kind().name());
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
     * "BP check (BP-3) in 4:30 · due at 40 min (10:40)" / "… due now · target 40 min (10:40), late
     * after 10:45" / "… due at 40 min (10:40), 7 min late": the target the rule names, as minutes
     * since the dose started and as a clock time, and lateness measured from it (ALM-4).
     */
    static String describe(UiContext ui, DueItem item, Instant doseStart, Instant now) {
        String what = ui.text("sessionScreen.due.kind." + item.kind().name(), item.ruleId());
        long targetMinute = Times.minutes(doseStart, item.target());
        String targetClock = Times.clock(item.target(), ui.zone());
        if (item.isOverdue()) {
            return ui.text("sessionScreen.due.overdue", what, targetMinute, targetClock, item.lateAgainstTarget(now).toMinutes());
        }
        if (item.isDue(now)) {
            return ui.text("sessionScreen.due.now", what, Times.clock(item.overdueAt(), ui.zone()), targetClock, targetMinute);
        }
        return ui.text("sessionScreen.due.upcoming", what, Times.countdown(Duration.between(now, item.dueAt())), targetClock,
                targetMinute);
    }
}
