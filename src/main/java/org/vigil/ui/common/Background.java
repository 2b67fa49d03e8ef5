package org.vigil.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs database work off the JavaFX thread and hands the result back to it. Work is never
 * interrupted: H2 can damage its file when a thread inside JDBC is interrupted. Faults are
 * logged with their stack trace and shown as a sentence. Where the result is handed back is
 * given, so a view model's test can take it on its own thread without a JavaFX toolkit.
 */
public final class Background {

    private static final Logger log = LoggerFactory.getLogger(Background.class);

    /** The JavaFX thread: at once when already on it, else queued behind what it is drawing. */
    static final Executor FX_THREAD = action -> {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    };

    private final Executor executor;
    private final Executor handBack;
    private final UiContext context;

    Background(Executor executor, Executor handBack, UiContext context) {
        this.executor = executor;
        this.handBack = handBack;
        this.context = context;
    }

    /**
     * Hands a step of work in progress (a page count, a progress bar) to where results go: the
     * JavaFX thread in the program, the test's thread in a view model's test.
     */
    public void handBack(Runnable action) {
        handBack.execute(action);
    }

    /**
     * @param onFault gets the user-facing sentence; the stack trace goes to the log
     */
    public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<String> onFault) {
        executor.execute(() -> {
            try {
                T result = work.call();
                handBack.execute(() -> onDone.accept(result));
            } catch (Exception | Error e) {
                log.error("Background work failed", e);
                // A full disk is said as such, with what to do: nothing reported saved was lost (DiskFull).
                String sentence = context.text(org.vigil.service.DiskFull.causedBy(e) ? "error.diskFull" : "error.unexpected");
                handBack.execute(() -> onFault.accept(sentence));
            }
        });
    }

    /**
     * Hands an update made during long work (how far an export is) to where results go, so the
     * screen shows progress without the work touching it from its own thread.
     */
    public void report(Runnable update) {
        handBack.execute(update);
    }
}
