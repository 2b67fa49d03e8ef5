package org.vigil.ui.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.report.PrintedPdf;
import org.vigil.report.SessionReportPdf;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.UiContext;

/**
 * A report dialog's state without its controls: whether a report is being made and how far
 * (a day's batch is made report by report), what the last attempt said, and the file last saved,
 * which the dialog offers to open. The report is read and drawn on the database thread and
 * written or printed only once whole; Cancel stops a batch between two reports by a flag, never by
 * interrupting the thread (H2 can damage its file when a thread inside JDBC is interrupted).
 */
public final class ReportPrintModel {

    private static final Logger log = LoggerFactory.getLogger(ReportPrintModel.class);

    /** Makes the report on the database thread: reads it through the service (audited there) and draws it. */
    @FunctionalInterface
    public interface Maker {
        Outcome<PrintedPdf> make(SessionReportPdf.Progress progress);
    }

    private final UiContext ui;
    private final ReportOutput output;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<Path> saved = new ReadOnlyObjectWrapper<>();
    private final FormMessages messages;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public ReportPrintModel(UiContext ui, ReportOutput output) {
        this.ui = ui;
        this.output = output;
        this.messages = new FormMessages(ui, message::set);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0 … 1 while a batch is drawn, report by report. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The PDF last saved, to offer opening it; null before one is. */
    public ReadOnlyObjectProperty<Path> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Something the dialog found wrong before asking (an unreadable date): said in the message line. */
    public void say(String text) {
        message.set(text);
    }

    /** Stops a batch before its next report; what is being drawn is dropped, nothing is written. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Makes the report and writes it to the file the user chose (the file chooser asked about replacing it). */
    public void save(Maker maker, Path file) {
        saved.set(null);
        make(maker, pdf -> {
            try {
                Files.write(file, pdf.bytes());
                return Outcome.done(pdf);
            } catch (IOException e) {
                log.error("Could not save the report to {}", file, e);
                return Outcome.refused(Refusal.of("SESSION", "report.session.dialog.saveFailed", file.toString()));
            }
        }, pdf -> {
            message.set(ui.text("report.session.dialog.saved", file.getFileName().toString(), pdf.pages()));
            saved.set(file);
        });
    }

    /** Makes the report and hands it to the printer, which asks the user where and how to print. */
    public void print(Maker maker, String jobName) {
        make(maker, Outcome::done, pdf -> {
            busy.set(true);
            output.printer().print(pdf, jobName, result -> {
                busy.set(false);
                message.set(switch (result) {
                    case SENT -> ui.text("report.session.dialog.printed", pdf.pages());
                    case CANCELLED -> "";
                    case NO_PRINTER -> ui.text("report.session.dialog.noPrinter");
                    case FAILED -> ui.text("report.session.dialog.printFailed");
                });
            });
        });
    }

    /** Opens the PDF last saved in the computer's reader, or says where it is when none can. */
    public void openSaved() {
        Path file = saved.get();
        if (file == null) {
            return;
        }
        output.opener().open(file, opened -> {
            if (!opened) {
                message.set(ui.text("report.session.dialog.cannotOpen", file.toString()));
            }
        });
    }

    private interface Delivery {
        Outcome<PrintedPdf> deliver(PrintedPdf pdf);
    }

    private void make(Maker maker, Delivery delivery, java.util.function.Consumer<PrintedPdf> onDone) {
        messages.clear();
        cancelled.set(false);
        progress.set(0);
        message.set(ui.text("report.session.dialog.working"));
        busy.set(true);
        ui.background().run(() -> {
            Outcome<PrintedPdf> pdf = maker.make((done, total) -> {
                ui.background().handBack(() -> {
                    progress.set(total == 0 ? 1 : done / (double) total);
                    if (busy.get() && done < total) {
                        message.set(ui.text("report.session.dialog.progress", done + 1, total));
                    }
                });
                return !cancelled.get();
            });
            return pdf instanceof Outcome.Done<PrintedPdf> done ? delivery.deliver(done.value()) : pdf;
        }, outcome -> {
            busy.set(false);
            message.set("");
            messages.show(outcome, onDone);
        }, fault -> {
            busy.set(false);
            messages.fault(fault);
        });
    }

    /** The report as a file name: the kind and the day, never the patient's name (a file name travels further than the paper). */
    public static String fileName(String kind, Optional<java.time.LocalDate> day, String suffix) {
        return kind + day.map(d -> "-" + d).orElse("") + (suffix.isEmpty() ? "" : "-" + suffix) + ".pdf";
    }
}
