package org.vigil.ui.board;

import java.time.Duration;
import java.time.Instant;
import org.vigil.domain.session.DueItem;
import org.vigil.ui.common.UiContext;

/**
 * A due item as the board, the up-next list and the lock screen say it (issue 15, item 10): what,
 * the target time the rule names ("BP check due 22:59"), and how long until it or how late it is
 * against that target, with units ("1 h 17 min late", never "1:17"). The window the task may be
 * done in is for the hover.
 */
final class DueWords {

    private DueWords() {}

    /** "BP check due 22:59 · in 4 min 07 s", "… · now", "… · 1 h 17 min late". */
    static String line(UiContext ui, DueItem item, Instant now) {
        String what = ui.text("due.kind." + item.kind().name());
        String at = ui.times().time(item.target());
        if (now.isAfter(item.overdueAt())) {
            // ALM-4: late against the target the rule names, not the end of its grace window.
            return ui.text("board.due.lateAt", what, at, ui.times().countdown(item.lateAgainstTarget(now)));
        }
        if (!now.isBefore(item.dueAt())) {
            return ui.text("board.due.nowAt", what, at);
        }
        return ui.text("board.due.inAt", what, at, ui.times().countdown(Duration.between(now, item.dueAt())));
    }

    /** "Window 22:54–23:04", or "Due at 22:59" when the rule gives no window. */
    static String window(UiContext ui, DueItem item) {
        if (item.dueAt().equals(item.overdueAt())) {
            return ui.text("board.due.windowAt", ui.times().time(item.target()));
        }
        return ui.text("board.due.window", ui.times().time(item.dueAt()), ui.times().time(item.overdueAt()));
    }
}
