package org.vigil.ui;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;

/**
 * When a scene's first frame has been drawn. The database opening waits for it (issue 15, item
 * 14): started together with the window, it took one of a workstation's two cores from JavaFX's
 * CSS, layout and first render, and the login screen was painted later.
 */
final class FirstFrame {

    private FirstFrame() {}

    /**
     * Completes on the FX thread once the scene's first pulse has been laid out and its frame
     * drawn. Asked for before the window is shown.
     */
    static CompletableFuture<Void> of(Scene scene) {
        return of(scene, LONGEST_WAIT);
    }

    /**
     * Past this the opening goes ahead without the frame: a window that is never drawn (hidden at
     * once, a display that stalls) must not leave the clinic's database closed.
     */
    static final java.time.Duration LONGEST_WAIT = java.time.Duration.ofSeconds(5);

    /** The same, given up on after {@code longest}. */
    static CompletableFuture<Void> of(Scene scene, java.time.Duration longest) {
        CompletableFuture<Void> drawn = new CompletableFuture<>();
        boolean[] asked = new boolean[1];
        Runnable[] listener = new Runnable[1];
        // Removed after the pulse rather than in it: the scene is running its listeners then.
        listener[0] = () -> Platform.runLater(() -> {
            scene.removePostLayoutPulseListener(listener[0]);
            if (!asked[0]) {
                asked[0] = true;
                // JavaFX has no event for a frame drawn, but its one render thread draws in order: a
                // snapshot asked for now is drawn after the frame that pulse handed it. One pixel, so nearly free.
                new Region().snapshot(snapshot -> {
                    drawn.complete(null);
                    return null;
                }, null, null);
            }
        });
        scene.addPostLayoutPulseListener(listener[0]);
        return drawn.completeOnTimeout(null, longest.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }
}
