package org.vigil.ui.alarm;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import org.vigil.ui.common.UiContext;

/**
 * For the status bar: says, in the alarm colour and for as long as it is true, that this machine
 * cannot sound the alarms, so nobody waits for a beep that will not come. Hidden otherwise.
 */
public final class NoAudioNotice extends Label {

    /** Room between the notice and the status bar's next item, in pixels. */
    static final double SPACE_BEFORE_NEXT = 14;

    /**
     * @param soundUnavailable usually {@link AlarmBar#soundUnavailableProperty()}, which the bar
     *     keeps up to date as the sound card comes and goes
     */
    public NoAudioNotice(UiContext ui, ObservableBooleanValue soundUnavailable) {
        setId("noAudioNotice");
        getStyleClass().add("no-audio-notice");
        setGraphic(new MutedSpeaker());
        textProperty().bind(Bindings.createStringBinding(() -> ui.text("alarm.noAudio"), ui.messagesProperty()));
        visibleProperty().bind(soundUnavailable);
        managedProperty().bind(soundUnavailable);
        // The status bar puts the clock straight after it: "visual only7 Dec 2026" (issue 15, item 7).
        setPadding(new Insets(0, SPACE_BEFORE_NEXT, 0, 0));
    }
}
