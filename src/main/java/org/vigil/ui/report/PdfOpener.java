package org.vigil.ui.report;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a saved PDF in the computer's own viewer, on a thread of its own (the desktop call can
 * wait on the viewer), and answers on the JavaFX thread whether it could.
 */
final class PdfOpener {

    private static final Logger log = LoggerFactory.getLogger(PdfOpener.class);

    private PdfOpener() {}

    static void open(Path file, Consumer<Boolean> done) {
        Thread opening = new Thread(() -> {
            boolean opened = false;
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                try {
                    Desktop.getDesktop().open(file.toFile());
                    opened = true;
                } catch (IOException | RuntimeException e) {
                    log.error("Could not open {}", file, e);
                }
            }
            boolean result = opened;
            Platform.runLater(() -> done.accept(result));
        }, "vigil-open-pdf");
        opening.setDaemon(true);
        opening.start();
    }
}
