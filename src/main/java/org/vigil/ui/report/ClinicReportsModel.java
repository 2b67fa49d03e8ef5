package org.vigil.ui.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.report.PeriodReport;
import org.vigil.report.PeriodReportPdf;
import org.vigil.report.PrintedPdf;
import org.vigil.service.Services;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.register.RegisterPrintModel.Printer;

/**
 * The Reports area's state (issue 13, item 4): the period's figures on the screen, and the same
 * report printed or saved as a PDF. The figures are read and the PDF made on the database thread,
 * one step at a time, so the screen can say which step it is on and Cancel can stop it between
 * steps: a step inside the database is never interrupted (H2), it is let finish and its result
 * dropped. Nothing is saved or sent to the printer after Cancel.
 */
public final class ClinicReportsModel {

    private static final Logger log = LoggerFactory.getLogger(ClinicReportsModel.class);

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final ReadOnlyObjectWrapper<PeriodReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> saved = new ReadOnlyObjectWrapper<>();
    private final FormMessages messages;
    /** The work under way; Cancel marks it, and each step checks its own mark before going on. */
    private Job current;

    /** One press of Show, Print or Save. */
    private static final class Job {
        volatile boolean cancelled;
    }

    public ClinicReportsModel(Services services, UiContext ui, Supplier<Actor> actor) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        this.messages = new FormMessages(ui, message::set);
    }

    public ReadOnlyObjectProperty<PeriodReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What the work under way is doing ("Reading the records…"), blank when idle. */
    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The PDF last saved, which the screen offers to open; null until one is. */
    public ReadOnlyObjectProperty<Path> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** The month a manager reports on most: the last whole month. */
    public YearMonth defaultMonth() {
        return YearMonth.from(ui.today()).minusMonths(1);
    }

    /** A date field could not be read: said here rather than sent to the service. */
    public void dateUnreadable() {
        message.set(ui.text("reports.dateUnreadable"));
    }

    /** Reads the period's figures for the screen; nothing is written (ROLE-2: a refusal is said and audited). */
    public void show(LocalDate from, LocalDate until) {
        Job job = start("reports.working.read");
        ui.background().run(() -> services.clinicReports().figures(actor.get(), from, until), outcome -> {
            if (finished(job)) {
                messages.show(outcome, report::set);
            }
        }, fault -> fault(job, fault));
    }

    /** Reads the report for printing (audited, SIG-4), makes the PDF and hands it to the printer, which asks where and how. */
    public void print(LocalDate from, LocalDate until, Printer printer) {
        make(from, until, (pdf, job) -> {
            if (!finished(job)) {
                return;
            }
            // The operating system's dialog is open until the user answers it: the buttons wait.
            busy.set(true);
            printer.print(pdf, ui.text("report.period.title") + " " + from + " – " + until, result -> {
                busy.set(false);
                message.set(switch (result) {
                    case SENT -> ui.text("reports.printed", pdf.pages());
                    case CANCELLED -> "";
                    case NO_PRINTER -> ui.text("reports.noPrinter");
                    case FAILED -> ui.text("reports.printFailed");
                });
            });
        });
    }

    /** Reads the report for printing, makes the PDF and writes it to the file the user chose (the chooser asked about replacing it). */
    public void save(LocalDate from, LocalDate until, Path file) {
        make(from, until, (pdf, job) -> {
            step.set(ui.text("reports.working.save"));
            ui.background().run(() -> {
                if (job.cancelled) {
                    return null;
                }
                try {
                    Files.write(file, pdf.bytes());
                    return Outcome.done(pdf);
                } catch (IOException e) {
                    log.error("Could not save the clinic report to {}", file, e);
                    return Outcome.<PrintedPdf>refused(Refusal.of("SIG-4", "reports.saveFailed"));
                }
            }, outcome -> {
                if (outcome != null && finished(job)) {
                    messages.show(outcome, written -> {
                        saved.set(file);
                        message.set(ui.text("reports.saved", file.getFileName().toString(), written.pages()));
                    });
                }
            }, fault -> fault(job, fault));
        });
    }

    /** Stops the work under way at its next step; what it made is dropped, nothing saved or printed. */
    public void cancel() {
        if (current != null) {
            current.cancelled = true;
            current = null;
            busy.set(false);
            step.set("");
            message.set(ui.text("reports.cancelled"));
        }
    }

    private interface Delivery {
        void deliver(PrintedPdf pdf, Job job);
    }

    private void make(LocalDate from, LocalDate until, Delivery delivery) {
        Job job = start("reports.working.read");
        ui.background().run(() -> services.clinicReports().printout(actor.get(), from, until), read -> {
            if (job.cancelled) {
                return;
            }
            if (!(read instanceof Outcome.Done<PeriodReport> done)) {
                finished(job);
                messages.show(read);
                return;
            }
            report.set(done.value());
            step.set(ui.text("reports.working.render"));
            ui.background().run(() -> job.cancelled ? null
                    : PeriodReportPdf.render(done.value(), ui.messages().locale(), ui.messages()::get), pdf -> {
                if (job.cancelled || pdf == null) {
                    return;
                }
                if (pdf instanceof Outcome.Done<PrintedPdf> made) {
                    delivery.deliver(made.value(), job);
                } else {
                    finished(job);
                    messages.show(pdf);
                }
            }, fault -> fault(job, fault));
        }, fault -> fault(job, fault));
    }

    private Job start(String stepKey) {
        if (current != null) {
            current.cancelled = true;
        }
        Job job = new Job();
        current = job;
        messages.clear();
        saved.set(null);
        busy.set(true);
        step.set(ui.text(stepKey));
        return job;
    }

    /** The job's last step is back: true when it still counts (not cancelled nor replaced), and the screen is idle again. */
    private boolean finished(Job job) {
        if (job.cancelled || job != current) {
            return false;
        }
        current = null;
        busy.set(false);
        step.set("");
        return true;
    }

    private void fault(Job job, String sentence) {
        if (finished(job)) {
            messages.fault(sentence);
        }
    }

    /** For the view's own results (the file opener). */
    void say(String text) {
        message.set(text);
    }
}
