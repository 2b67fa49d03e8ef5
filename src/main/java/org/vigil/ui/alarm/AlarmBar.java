package org.vigil.ui.alarm;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.vigil.domain.session.AlarmPriority;
import org.vigil.domain.alarm.AlarmState;
import org.vigil.text.Messages;
import org.vigil.ui.common.UiContext;

/**
 * The alarms across the top of every screen (ALM-1 … ALM-5): one chip per alarm in the order given
 * (the caller passes {@code AlarmBoard.order}), flashing at its priority's rate, each with
 * Acknowledge. The bar also decides what is heard: the most urgent sounding alarm's pattern, or
 * silence. Issue 15: the bar has a fixed place and height, so an alarm coming or going never moves
 * the screen under a nurse's finger; it holds {@link #ROWS} rows of chips, and more alarms than
 * that scroll inside it, with "+2 more" saying how many are out of sight. With no alarms it is a
 * quiet strip that says so: calm when all is well (ALM-5).
 */
public final class AlarmBar {

    /** Acknowledges the most urgent alarm from anywhere in the window; the shell binds it. */
    public static final KeyCombination ACKNOWLEDGE_SHORTCUT =
            new KeyCodeCombination(KeyCode.A, KeyCombination.CONTROL_DOWN, KeyCombination.SHIFT_DOWN);

    private final UiContext ui;
    private final AlarmSound sound;
    private final Function<AlarmState, String> describe;
    private final Consumer<AlarmState> acknowledge;
    /** Rows of chips the bar shows before it scrolls: four alarms fit at 1280 px wide. */
    static final int ROWS = 2;

    private final HBox root = new HBox(8);
    private final FlowPane chips = new FlowPane(8, 4) {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            countOutOfSight();
        }
    };
    private final ScrollPane scroll = new ScrollPane(chips);
    private final Label calm = new Label();
    private final Label more = new Label();
    private final ReadOnlyBooleanWrapper soundUnavailable = new ReadOnlyBooleanWrapper(this, "soundUnavailable");
    private final AnimationTimer flashClock;
    private final ChangeListener<Messages> relabel = (obs, old, now) -> render();
    private List<AlarmState> alarms = List.of();
    private int outOfSight;
    private AlarmPriority playing;
    private boolean flashing;
    private long lastFlash;

    /**
     * @param describe the words for one alarm, e.g. "Chair 3 · BP check overdue 6 min"; asked again
     *     at every {@link #show} and language switch, so it may say how late something is
     * @param acknowledge what Acknowledge does: record it, then call {@link #show} with the new states
     */
    public AlarmBar(UiContext ui, AlarmSound sound, Function<AlarmState, String> describe, Consumer<AlarmState> acknowledge) {
        this(ui, sound, describe, acknowledge, true);
    }

    /** With {@code animated} false nothing flashes by itself: a test steps the phase with {@link #flashAt}. */
    AlarmBar(UiContext ui, AlarmSound sound, Function<AlarmState, String> describe, Consumer<AlarmState> acknowledge,
            boolean animated) {
        this.ui = ui;
        this.sound = sound;
        this.describe = describe;
        this.acknowledge = acknowledge;
        // One clock for all chips, so every high alarm on the screen flashes in step with the others.
        this.flashClock = animated ? new AnimationTimer() {
            @Override
            public void handle(long now) {
                flashAt(now);
            }
        } : null;
        root.setId("alarmBar");
        root.getStyleClass().add("alarm-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        chips.setId("alarmChips");
        chips.getStyleClass().add("alarm-chips");
        calm.setId("alarmBarCalm");
        calm.getStyleClass().add("alarm-bar-calm");
        more.setId("alarmBarMore");
        more.getStyleClass().add("alarm-bar-more");
        more.setMinWidth(Region.USE_PREF_SIZE);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().add("alarm-bar-scroll");
        scroll.vvalueProperty().addListener((obs, old, now) -> countOutOfSight());
        // The scroll pane settles its viewport after the chips are laid out: count again then.
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> countOutOfSight());
        chips.heightProperty().addListener((obs, old, now) -> countOutOfSight());
        HBox.setHgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(calm, scroll, more);
        // Weak: a bar dropped with its screen must not be kept alive by the long-lived language setting.
        ui.messagesProperty().addListener(new WeakChangeListener<>(relabel));
        render();
        soundUnavailable.set(!sound.available());
    }

    public Node root() {
        return root;
    }

    /** The chips shown, one per alarm, in order: for tests and screenshots. */
    List<AlarmChip> chips() {
        return chips.getChildren().stream().map(AlarmChip.class::cast).toList();
    }

    /** How many alarms are scrolled out of sight now ("+2 more"). */
    int outOfSight() {
        return outOfSight;
    }

    /**
     * Shows these alarms, most urgent first as given, and sounds the most urgent one that is not
     * paused. Call it whenever the alarms change and once a second or so: it also re-checks
     * whether the sound card works, for the {@link NoAudioNotice}.
     */
    public void show(List<AlarmState> states) {
        // ALM-2 a resolved alarm is no longer shown, even if a caller passes it.
        this.alarms = states.stream().filter(AlarmState::shown).toList();
        render();
        sound();
        soundUnavailable.set(!sound.available());
    }

    /** The alarms shown now, in their order. */
    public List<AlarmState> alarms() {
        return alarms;
    }

    /**
     * Acknowledges the alarm the shortcut points at; false when there is none. That is the most
     * urgent sounding alarm, or the most urgent of all when none sounds: a nurse pressing the keys
     * wants the noise to stop, not to re-acknowledge an alarm that is already quiet.
     */
    public boolean acknowledgeMostUrgent() {
        Optional<AlarmState> target = shortcutTarget(alarms);
        target.ifPresent(acknowledge);
        return target.isPresent();
    }

    /** True while the alarms can only be seen, not heard. */
    public ReadOnlyBooleanProperty soundUnavailableProperty() {
        return soundUnavailable.getReadOnlyProperty();
    }

    /** Sets every chip's flash phase for a time in nanoseconds, as {@link AnimationTimer} counts it. */
    public void flashAt(long nanos) {
        lastFlash = nanos;
        for (Node child : chips.getChildren()) {
            ((AlarmChip) child).flashAt(nanos);
        }
    }

    /** Stops the flash clock, for a bar being thrown away while something flashes; the sound is the caller's. */
    public void dispose() {
        runFlashClock(false);
    }

    static Optional<AlarmState> shortcutTarget(List<AlarmState> alarms) {
        return alarms.stream().filter(AlarmState::sounding).findFirst().or(() -> alarms.stream().findFirst());
    }

    /** What should be heard: the highest priority among the sounding alarms. */
    static Optional<AlarmPriority> loudest(List<AlarmState> alarms) {
        return alarms.stream().filter(AlarmState::sounding).map(AlarmState::priority).max(Enum::compareTo);
    }

    // Chips are reused by position, so a keyboard user's focus on a button survives the refresh each second.
    private void render() {
        var chips = this.chips.getChildren();
        while (chips.size() > alarms.size()) {
            chips.removeLast();
        }
        while (chips.size() < alarms.size()) {
            chips.add(new AlarmChip(acknowledge));
        }
        AlarmState target = shortcutTarget(alarms).orElse(null);
        for (int i = 0; i < alarms.size(); i++) {
            AlarmState alarm = alarms.get(i);
            String shortcut = alarm == target ? ACKNOWLEDGE_SHORTCUT.getDisplayText() : null;
            ((AlarmChip) chips.get(i)).show(alarm, describe.apply(alarm), ui, shortcut);
        }
        boolean any = !alarms.isEmpty();
        calm.setText(ui.text("alarm.bar.none"));
        calm.setVisible(!any);
        calm.setManaged(!any);
        scroll.setVisible(any);
        scroll.setManaged(any);
        countOutOfSight();
        flashAt(lastFlash);
        runFlashClock(alarms.stream().anyMatch(a -> a.priority().flashes()));
    }

    /** The chips that lie wholly above or below the scrolled view: "+2 more", never a taller bar. */
    private void countOutOfSight() {
        double viewport = scroll.getViewportBounds().getHeight();
        double top = Math.max(0, chips.getHeight() - viewport) * scroll.getVvalue();
        int hidden = 0;
        for (Node chip : chips.getChildren()) {
            // Out of sight: less than half of the chip shows in the scrolled view.
            var b = chip.getBoundsInParent();
            double seen = Math.min(b.getMaxY(), top + viewport) - Math.max(b.getMinY(), top);
            if (viewport > 0 && seen < b.getHeight() / 2) {
                hidden++;
            }
        }
        outOfSight = hidden;
        more.setText(hidden == 0 ? "" : ui.text("alarm.bar.more", hidden));
        more.setVisible(hidden > 0);
        more.setManaged(hidden > 0);
    }

    // The clock runs only while something flashes: a calm screen costs nothing.
    private void runFlashClock(boolean needed) {
        if (flashClock == null || needed == flashing) {
            return;
        }
        flashing = needed;
        if (needed) {
            flashClock.start();
        } else {
            flashClock.stop();
        }
    }

    // Told only of changes: play() restarts a pattern from its first pulse.
    private void sound() {
        AlarmPriority wanted = loudest(alarms).orElse(null);
        if (wanted == playing) {
            return;
        }
        playing = wanted;
        if (wanted == null) {
            sound.stop();
        } else {
            sound.play(wanted);
        }
    }
}
