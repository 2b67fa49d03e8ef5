package org.vigil.ui.alarm;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.vigil.domain.session.AlarmPriority;
import org.vigil.domain.alarm.AlarmState;
import org.vigil.ui.common.UiContext;

/**
 * One alarm on the bar: its priority in words as well as colour (not everyone tells red from
 * yellow), what is wrong, whether its sound is paused, and Acknowledge.
 */
final class AlarmChip extends HBox {

    /*
     * Pseudo-classes, not style classes: the flash turns "flash-off" on and off up to four times a
     * second on every chip, and a style class change re-applies all CSS to the chip's subtree.
     */
    static final PseudoClass FLASH_OFF = PseudoClass.getPseudoClass("flash-off");

    private final Label priority = new Label();
    private final Label description = new Label();
    private final Label pausedText = new Label();
    private final HBox paused = new HBox(4, new MutedSpeaker(), pausedText);
    private final Button acknowledge = new Button();
    private final Tooltip tooltip = new Tooltip();
    private AlarmState state;
    private boolean lit = true;

    AlarmChip(Consumer<AlarmState> onAcknowledge) {
        getStyleClass().add("alarm-chip");
        setAlignment(Pos.CENTER_LEFT);
        priority.getStyleClass().add("alarm-priority");
        description.getStyleClass().add("alarm-description");
        paused.getStyleClass().add("alarm-paused");
        paused.setAlignment(Pos.CENTER_LEFT);
        acknowledge.getStyleClass().add("alarm-acknowledge");
        acknowledge.setTooltip(tooltip);
        acknowledge.setOnAction(e -> onAcknowledge.accept(state));
        getChildren().addAll(priority, description, paused, acknowledge);
    }

    /** Shows a state; the chip is reused for whatever alarm takes its place, so a focused button stays focused. */
    void show(AlarmState alarm, String text, UiContext ui, String shortcut) {
        this.state = alarm;
        // Issue 15: the same priority class and words as the tile and the session's banner.
        AlarmLook.paint(this, Optional.of(alarm.priority()));
        priority.setText(AlarmLook.words(ui, alarm.priority()));
        description.setText(text);
        pausedText.setText(ui.text("alarm.soundPaused"));
        paused.setVisible(alarm.soundPaused());
        paused.setManaged(alarm.soundPaused());
        acknowledge.setText(ui.text("alarm.acknowledge"));
        acknowledge.setAccessibleText(ui.text("alarm.acknowledge.accessible", text));
        tooltip.setText(shortcut == null ? ui.text("alarm.acknowledge.tooltip")
                : ui.text("alarm.acknowledge.tooltip") + "\n" + ui.text("alarm.acknowledge.shortcut", shortcut));
        if (!alarm.priority().flashes()) {
            light(true);
        }
    }

    AlarmState state() {
        return state;
    }

    Button acknowledgeButton() {
        return acknowledge;
    }

    void flashAt(long nanos) {
        light(lit(state.priority(), nanos));
    }

    /**
     * ALM-1 the flash phase of a priority at a time: lit for the first half of each period (a 50 %
     * duty cycle, inside the 20–60 % of IEC 60601-1-8), always lit when the priority is steady.
     */
    static boolean lit(AlarmPriority priority, long nanos) {
        if (!priority.flashes()) {
            return true;
        }
        long period = Math.round(1e9 / priority.flashHz());
        return Math.floorMod(nanos, period) < period / 2;
    }

    // Only a change touches the pseudo-class: the flash clock calls this about 60 times a second.
    private void light(boolean on) {
        if (on != lit) {
            lit = on;
            pseudoClassStateChanged(FLASH_OFF, !on);
        }
    }
}
