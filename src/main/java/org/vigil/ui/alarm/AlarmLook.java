package org.vigil.ui.alarm;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import org.vigil.domain.alarm.Alarm;
import org.vigil.domain.alarm.AlarmRules;
import org.vigil.domain.alarm.AlarmState;
import org.vigil.domain.session.AlarmPriority;
import org.vigil.ui.common.UiContext;

/**
 * ALM-1, ALM-3 (issue 15, item 4): one alarm has one priority and one colour on every screen. The
 * alarm bar, a chair's tile, the up-next list, the lock screen's watch and the session's banner all
 * take the priority an alarm has now, escalation included, from {@link AlarmState}, and show it
 * with the same words and the same style class ({@code alarm-high}, {@code alarm-medium},
 * {@code alarm-low}); the stylesheet gives each class its IEC 60601-1-8 colour once.
 */
public final class AlarmLook {

    private static final List<String> CLASSES = Arrays.stream(AlarmPriority.values()).map(AlarmLook::styleClass).toList();

    private AlarmLook() {}

    /** The priority an alarm has at {@code now}: raised priority, escalated when ALM-3 says so. */
    public static AlarmPriority priorityNow(Alarm alarm, Instant now, AlarmRules rules) {
        return AlarmState.at(alarm, now, rules).priority();
    }

    /** "alarm-high", "alarm-medium" or "alarm-low". */
    public static String styleClass(AlarmPriority priority) {
        return "alarm-" + priority.name().toLowerCase(Locale.ROOT);
    }

    /** "High", "Medium", "Low" (高, 中, 低): the priority in words, as well as colour. */
    public static String words(UiContext ui, AlarmPriority priority) {
        return ui.text("alarm.priority." + priority.name());
    }

    /**
     * Gives a node the one priority class wanted (none when calm). The classes are touched only when
     * the priority changes, which is at most at an escalation: a style-class change re-applies CSS
     * to the node's subtree, so doing it every second on every tile would stall the FX thread.
     */
    public static void paint(Node node, Optional<AlarmPriority> priority) {
        String wanted = priority.map(AlarmLook::styleClass).orElse(null);
        var classes = node.getStyleClass();
        boolean stale = classes.stream().anyMatch(c -> CLASSES.contains(c) && !c.equals(wanted));
        if (stale) {
            classes.removeAll(CLASSES.stream().filter(c -> !c.equals(wanted)).toList());
        }
        if (wanted != null && !classes.contains(wanted)) {
            classes.add(wanted);
        }
    }

    /**
     * What an alarm is about, from its cause key ("BP-3 BP_CHECK 2026-…"), in the same words on the
     * bar, the lock screen and the session: "BP check overdue", "BP very high: call the prescriber".
     * Never the key itself (issue 15, item 6).
     */
    public static String what(UiContext ui, String causeKey) {
        String[] parts = causeKey.split(" ", 3);
        String what = parts.length > 1 ? parts[1] : "";
        if (ui.messages().has("due.kind." + what)) {
            return ui.text("alarm.overdue", ui.text("due.kind." + what));
        }
        return ui.messages().has("alarm.what." + what) ? ui.text("alarm.what." + what) : ui.text("alarm.what.other");
    }

    /** The rule an alarm enforces ("BP-3"), for a "why" tooltip: not part of its words. */
    public static Optional<String> ruleOf(String causeKey) {
        String[] parts = causeKey.split(" ", 3);
        return parts.length > 1 ? Optional.of(parts[0]) : Optional.empty();
    }

    /** The bar's and lock screen's line for one alarm, with no patient name: "Chair 4 · BP check overdue · since 22:59". */
    public static String describe(UiContext ui, int chair, Alarm alarm) {
        return ui.text("alarm.bar.line", chair, what(ui, alarm.cause()), ui.times().time(alarm.raisedAt()));
    }

    /** The priority class a node carries, if any: what tests compare across views. */
    public static Optional<AlarmPriority> paintedOn(Node node) {
        return Arrays.stream(AlarmPriority.values()).filter(p -> node.getStyleClass().contains(styleClass(p))).findFirst();
    }
}
