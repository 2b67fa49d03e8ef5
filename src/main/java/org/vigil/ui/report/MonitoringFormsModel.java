package org.vigil.ui.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.programme.FormDeadline;
import org.vigil.domain.programme.MonitoringFormPrintout;
import org.vigil.domain.programme.QueuedForm;
import org.vigil.report.MonitoringFormPdf;
import org.vigil.report.PrintedPdf;
import org.vigil.service.MonitoringForms;
import org.vigil.service.Services;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.register.RegisterPrintModel;

/**
 * PAT-6: the monitoring-forms queue without its controls: the forms still owed and those marked
 * submitted, whether the clinic is in the programme, what the last action said, and whether one
 * is running. Every call runs on the database thread; a form's PDF is made whole before it is
 * printed or written, and the printer works on a thread of its own.
 */
public final class MonitoringFormsModel {

    private static final Logger log = LoggerFactory.getLogger(MonitoringFormsModel.class);

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final ObservableList<QueuedForm> open = FXCollections.observableArrayList();
    private final ObservableList<QueuedForm> submitted = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper enrolled = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** The PDF saved last, which the screen offers to open; null before a save and after any other answer. */
    private final ReadOnlyObjectWrapper<Path> saved = new ReadOnlyObjectWrapper<>();
    private final FormMessages messages;

    public MonitoringFormsModel(Services services, UiContext ui, Supplier<Actor> actor) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        this.messages = new FormMessages(ui, message::set);
        // Any later answer is about something else: the link to the saved file goes with the message it came with.
        message.addListener((text, was, now) -> {
            if (saved.get() != null && !now.equals(ui.text("monitoringForms.saved", saved.get().getFileName().toString()))) {
                saved.set(null);
            }
        });
    }

    public ObservableList<QueuedForm> open() {
        return open;
    }

    public ObservableList<QueuedForm> submitted() {
        return submitted;
    }

    public ReadOnlyBooleanProperty enrolledProperty() {
        return enrolled.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Reads the queue again (the deadlines are worked out at the clinic's date). */
    public void load() {
        Actor who = actor.get();
        busy.set(true);
        ui.background().run(() -> services.monitoringForms().queue(who), outcome -> {
            busy.set(false);
            messages.show(outcome, this::take);
        }, fault -> {
            busy.set(false);
            messages.fault(fault);
        });
    }

    /** Marks the form submitted; the reply takes it out of the queue and into the submitted list. */
    public void markSubmitted(QueuedForm form) {
        Actor who = actor.get();
        busy.set(true);
        messages.clear();
        ui.background().run(() -> {
            Outcome<QueuedForm> marked = services.monitoringForms().markSubmitted(who, form.sessionId());
            if (!(marked instanceof Outcome.Done<QueuedForm> done)) {
                return marked.<Marked>notDone();
            }
            Outcome<MonitoringForms.Queue> queue = services.monitoringForms().queue(who);
            return queue instanceof Outcome.Done<MonitoringForms.Queue> q ? Outcome.done(new Marked(done.value(), q.value()))
                    : queue.<Marked>notDone();
        }, outcome -> {
            busy.set(false);
            messages.show(outcome, m -> {
                take(m.queue());
                message.set(ui.text("monitoringForms.marked", m.form().patientName(), date(m.form().sessionDate())));
            });
        }, fault -> {
            busy.set(false);
            messages.fault(fault);
        });
    }

    private record Marked(QueuedForm form, MonitoringForms.Queue queue) {}

    /** Makes the form's PDF and writes it to the file the user chose (the file chooser asked about replacing it). */
    public void save(QueuedForm form, Path file) {
        make(form, pdf -> {
            try {
                Files.write(file, pdf.bytes());
                message.set(ui.text("monitoringForms.saved", file.getFileName().toString()));
                saved.set(file);
            } catch (IOException e) {
                log.error("Could not save the monitoring form to {}", file, e);
                message.set(ui.text("print.register.dialog.saveFailed"));
            }
        });
    }

    /** Makes the form's PDF and hands it to the printer, which asks the user where and how to print. */
    public void print(QueuedForm form, RegisterPrintModel.Printer printer) {
        make(form, pdf -> {
            busy.set(true);
            printer.print(pdf, ui.text("print.form.title") + " " + form.patientName(), result -> {
                busy.set(false);
                message.set(switch (result) {
                    case SENT -> ui.text("monitoringForms.printed");
                    case CANCELLED -> "";
                    case NO_PRINTER -> ui.text("print.register.dialog.noPrinter");
                    case FAILED -> ui.text("print.register.dialog.printFailed");
                });
            });
        });
    }

    /** What the "time left" column says: days left, due today, or days overdue. */
    public String timeLeft(FormDeadline d) {
        if (d.daysLeft() > 0) {
            return ui.text("monitoringForms.daysLeft", d.daysLeft());
        }
        return d.daysLeft() == 0 ? ui.text("monitoringForms.dueToday") : ui.text("monitoringForms.overdue", -d.daysLeft());
    }

    /** The row's highlight: the alarm colours for overdue (high) and due soon (medium), none otherwise. */
    public static String rowStyle(FormDeadline d) {
        return switch (d.urgency()) {
            case OVERDUE -> "row-overdue";
            case DUE_SOON -> "row-due-soon";
            case DUE -> "";
        };
    }

    public String submittedAt(QueuedForm form) {
        return form.submitted().map(s -> ui.times().dateTime(s.at())).orElse("");
    }

    /** A day with its month in words, as the reader's language writes it (never 03/04/25, which reads two ways). */
    public String date(LocalDate day) {
        return ui.times().date(day);
    }

    private void take(MonitoringForms.Queue queue) {
        enrolled.set(queue.enrolled());
        open.setAll(queue.open());
        submitted.setAll(queue.submitted());
    }

    private void make(QueuedForm form, Consumer<PrintedPdf> onDone) {
        Actor who = actor.get();
        messages.clear();
        message.set(ui.text("monitoringForms.working"));
        busy.set(true);
        ui.background().run(() -> {
            Outcome<MonitoringFormPrintout> read = services.monitoringForms().printout(who, form.sessionId());
            if (!(read instanceof Outcome.Done<MonitoringFormPrintout> printout)) {
                return read.<PrintedPdf>notDone();
            }
            return MonitoringFormPdf.render(printout.value(), ui.messages().locale(), ui.messages()::get);
        }, outcome -> {
            busy.set(false);
            message.set("");
            messages.show(outcome, onDone);
        }, fault -> {
            busy.set(false);
            messages.fault(fault);
        });
    }
}
