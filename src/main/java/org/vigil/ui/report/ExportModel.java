package org.vigil.ui.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.export.ExportKind;
import org.vigil.domain.export.ExportRequest;
import org.vigil.domain.export.ExportSummary;
import org.vigil.report.CsvFile;
import org.vigil.service.Services;
import org.vigil.text.Messages;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.UiContext;

/**
 * The export dialog's state (EXP-1): whether an export is running and how far, what the last one
 * said, and the file it wrote. The export runs on the database thread into a hidden file that is
 * put in place only when whole; Cancel sets a flag the export reads between records (never an
 * interrupt: H2 can damage its file when a thread inside JDBC is interrupted).
 */
public final class ExportModel {

    private static final Logger log = LoggerFactory.getLogger(ExportModel.class);
    /** Progress goes to the screen in steps of a percent, not once per row. */
    private static final int STEPS = 100;

    /** Opens a written file with the program the computer uses for CSV, or says it cannot. */
    public interface FileOpener {
        /** @return false when no program could be asked to open it */
        boolean open(Path file);
    }

    private final Services services;
    private final UiContext ui;
    private final Actor actor;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** -1 while the export is reading its first records; then 0 … 1. */
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>();
    private final FormMessages messages;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public ExportModel(Services services, UiContext ui, Actor actor) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        this.messages = new FormMessages(ui, message::set);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The file the last export wrote; empty until one is written, and again when a new one starts. */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** Last month: what a clinic sends to an audit or a research partner most. */
    public LocalDate defaultFrom() {
        return ui.today().minusMonths(1).withDayOfMonth(1);
    }

    public LocalDate defaultUntil() {
        return ui.today().withDayOfMonth(1).minusDays(1);
    }

    /** A name that says what the file holds, for the file chooser to propose. */
    public String fileName(ExportKind kind, LocalDate from, LocalDate until, boolean deidentified) {
        return "vigil-" + kind.name().toLowerCase(Locale.ROOT) + "-" + from + "-" + until + (deidentified ? "-deidentified" : "")
                + ".csv";
    }

    /** A date field could not be read: said here rather than sent to the service. */
    public void dateUnreadable() {
        message.set(ui.text("export.dialog.dateUnreadable"));
    }

    /** Exports the period's records to the chosen file (the file chooser asked about the name; an existing file is not replaced). */
    public void export(ExportKind kind, LocalDate from, LocalDate until, boolean deidentified, Path file) {
        messages.clear();
        cancelled.set(false);
        written.set(null);
        progress.set(-1);
        message.set(ui.text("export.dialog.starting"));
        busy.set(true);
        AtomicInteger shown = new AtomicInteger(-1);
        // The headers' language is the screen's when Save was clicked, read here on the screen's thread.
        Messages words = ui.messages();
        ui.background().run(() -> {
            try (CsvFile csv = CsvFile.beside(file, words::get)) {
                csv.cancelWhen(cancelled::get).onProgress((done, total) -> {
                    int step = (int) (done * STEPS / Math.max(1, total));
                    if (shown.getAndSet(step) != step) {
                        ui.background().report(() -> {
                            if (busy.get()) {
                                progress.set((double) done / Math.max(1, total));
                                message.set(ui.text("export.dialog.working", done, total));
                            }
                        });
                    }
                });
                Outcome<ExportSummary> outcome = services.exports().export(actor, new ExportRequest(kind, from, until, deidentified), csv);
                if (outcome.isDone()) {
                    csv.publish();
                }
                return outcome;
            } catch (FileAlreadyExistsException e) {
                return Outcome.<ExportSummary>refused(Refusal.of("EXP-1", "export.cli.exists", file));
            } catch (IOException | UncheckedIOException e) {
                log.error("Could not write the export to {}", file, e);
                return Outcome.<ExportSummary>refused(Refusal.of("EXP-1", "export.dialog.saveFailed", file.getParent()));
            }
        }, outcome -> {
            busy.set(false);
            progress.set(0);
            message.set("");
            messages.show(outcome, summary -> {
                written.set(file);
                progress.set(1);
                message.set(ui.text("export.dialog.written", summary.rows(), file.getFileName().toString()));
            });
        }, fault -> {
            busy.set(false);
            progress.set(0);
            messages.fault(fault);
        });
    }

    /** Stops a running export at its next record; the hidden file is removed and nothing is audited. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Opens the file the last export wrote, off the screen's thread: the desktop can take a while to answer. */
    public void openWritten(FileOpener opener) {
        Optional<Path> file = Optional.ofNullable(written.get());
        file.ifPresent(f -> ui.background().run(() -> opener.open(f), opened -> {
            if (!opened) {
                message.set(ui.text("export.dialog.openFailed", f));
            }
        }, messages::fault));
    }
}
