package org.vigil.ui.register;

import java.awt.GraphicsEnvironment;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.report.PrintedPdf;
import org.vigil.ui.register.RegisterPrintModel.PrintResult;

/**
 * The operating system's print dialog for a finished PDF: PDFBox draws its pages for Java's
 * printer job, which shows the platform's own dialog (printer, copies, pages) and spools. It runs
 * on a thread of its own, since the dialog waits for the user, and answers on the JavaFX thread.
 */
public final class SystemPrinter implements RegisterPrintModel.Printer {

    private static final Logger log = LoggerFactory.getLogger(SystemPrinter.class);

    @Override
    public void print(PrintedPdf pdf, String jobName, Consumer<PrintResult> done) {
        Thread printing = new Thread(() -> {
            PrintResult result = send(pdf, jobName);
            Platform.runLater(() -> done.accept(result));
        }, "vigil-printer");
        printing.setDaemon(true);
        printing.start();
    }

    private static PrintResult send(PrintedPdf pdf, String jobName) {
        if (GraphicsEnvironment.isHeadless() || PrintServiceLookup.lookupPrintServices(null, null).length == 0) {
            return PrintResult.NO_PRINTER;
        }
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            if (!job.printDialog()) {
                return PrintResult.CANCELLED;
            }
            job.print();
            return PrintResult.SENT;
        } catch (IOException | PrinterException | RuntimeException e) {
            log.error("Printing {} failed", jobName, e);
            return PrintResult.FAILED;
        }
    }
}
