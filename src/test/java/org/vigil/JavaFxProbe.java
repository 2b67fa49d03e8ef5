package org.vigil;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/**
 * Started by {@link WorkstationJvmTest} in a JVM of its own: starts the JavaFX toolkit (headless,
 * Monocle) as the window does and says which module JavaFX was loaded as. JavaFX prints its
 * "Unsupported JavaFX configuration" warning at exactly this start.
 */
public final class JavaFxProbe {

    private JavaFxProbe() {}

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        System.out.println("javafx.graphics loaded as: " + Platform.class.getModule());
        Platform.exit();
    }
}
