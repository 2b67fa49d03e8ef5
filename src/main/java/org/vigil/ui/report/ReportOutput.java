package org.vigil.ui.report;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.ui.register.RegisterPrintModel;
import org.vigil.ui.register.SystemPrinter;

/**
 * Where a finished report goes besides a file: the operating system's print dialog, and the
 * program that opens a saved PDF. The screens use the system's; a test hands in stand-ins.
 */
public record ReportOutput(RegisterPrintModel.Printer printer, Opener opener) {

    /** Opens a saved PDF in the computer's PDF reader; tells whether it could. */
    @FunctionalInterface
    public interface Opener {
        /** @param done told on the JavaFX thread whether the file was handed to a reader */
        void open(Path file, Consumer<Boolean> done);
    }

    private static final Logger log = LoggerFactory.getLogger(ReportOutput.class);

    /** The computer's printers and PDF reader. */
    public static ReportOutput system() {
        return new ReportOutput(new SystemPrinter(), ReportOutput::openOnDesktop);
    }

    /** In the computer's own viewer, on a thread of its own: a desktop's file opener may take a while to answer. */
    static void openOnDesktop(Path file, Consumer<Boolean> done) {
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
