package org.vigil.ui.register;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.vigil.domain.Outcome;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.UiContext;

/**
 * A register tab's two lines without their labels: why something was not done (a refusal, in
 * the user's words, or a fault) and what was just done. Every service call of the tab runs
 * through it, so each answer is worded the same way.
 */
final class TabLines {

    private final UiContext ui;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    TabLines(UiContext ui) {
        this.ui = ui;
    }

    /** Why the last call was not done; empty when it was. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What was just written, in words. */
    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Runs the call in the background; a done value goes on to the tab, anything else is said in the message line. */
    <T> void run(Callable<Outcome<T>> call, Consumer<? super T> onDone) {
        ui.background().run(call, outcome -> {
            message.set("");
            new FormMessages(ui, message::set).show(outcome, onDone);
        }, message::set);
    }

    void done(String said) {
        notice.set(said);
    }

    void notDone(String said) {
        message.set(said);
    }
}
