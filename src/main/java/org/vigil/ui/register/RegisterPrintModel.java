package org.vigil.ui.register;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.register.RegisterPrintout;
import org.vigil.report.PrintedPdf;
import org.vigil.report.RegisterPdf;
import org.vigil.service.Services;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.UiContext;

/**
 * The print dialog's state (CD-7): whether a register is being made and what the last attempt
 * said. The PDF is made on the database thread and written or printed only once whole; paper is
 * the printer's business on a thread of its own, so an open print dialog never holds the database.
 */
public final class RegisterPrintModel {

    private static final Logger log = LoggerFactory.getLogger(RegisterPrintModel.class);

    /** How a print ended at the printer. */
    public enum PrintResult { SENT, CANCELLED, NO_PRINTER, FAILED }

    /** Where a finished register goes to paper: the operating system's print dialog in the program, a stand-in in tests. */
    public interface Printer {
        /** @param done told how it ended, on the thread the screen draws on */
        void print(PrintedPdf pdf, String jobName, Consumer<PrintResult> done);
    }

    private final Services services;
    private final UiContext ui;
    private final Actor actor;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final FormMessages messages;

    public RegisterPrintModel(Services services, UiContext ui, Actor actor) {
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

    /** The period's first day: the first of last month, the register a clinic prints most. */
    public LocalDate defaultFrom() {
        return ui.today().minusMonths(1).withDayOfMonth(1);
    }

    public LocalDate defaultUntil() {
        return ui.today().withDayOfMonth(1).minusDays(1);
    }

    /** A date field could not be read: said here rather than sent to the service. */
    public void dateUnreadable() {
        message.set(ui.text("print.register.dialog.dateUnreadable"));
    }

    /** Makes the register for the period and writes it to the file the user chose (the file chooser asked about replacing it). */
    public void save(LocalDate from, LocalDate until, Path file) {
        make(from, until, pdf -> {
            try {
                Files.write(file, pdf.bytes());
                return Outcome.done(pdf);
            } catch (IOException e) {
                log.error("Could not save the printed register to {}", file, e);
                return Outcome.refused(Refusal.of("CD-7", "print.register.dialog.saveFailed"));
            }
        }, pdf -> message.set(ui.text("print.register.dialog.saved", file.getFileName().toString(), pdf.pages())));
    }

    /** Makes the register for the period and hands it to the printer, which asks the user where and how to print. */
    public void print(LocalDate from, LocalDate until, Printer printer) {
        make(from, until, Outcome::done, pdf -> {
            busy.set(true);
            printer.print(pdf, ui.text("print.register.title") + " " + ui.times().date(from) + " – " + ui.times().date(until), result -> {
                busy.set(false);
                message.set(switch (result) {
                    case SENT -> ui.text("print.register.dialog.printed", pdf.pages());
                    case CANCELLED -> "";
                    case NO_PRINTER -> ui.text("print.register.dialog.noPrinter");
                    case FAILED -> ui.text("print.register.dialog.printFailed");
                });
            });
        });
    }

    private interface Delivery {
        Outcome<PrintedPdf> deliver(PrintedPdf pdf);
    }

    private void make(LocalDate from, LocalDate until, Delivery delivery, Consumer<PrintedPdf> onDone) {
        messages.clear();
        message.set(ui.text("print.register.dialog.working"));
        busy.set(true);
        ui.background().run(() -> {
            Outcome<RegisterPrintout> read = services.registerPrinting().printout(actor, from, until);
            if (!(read instanceof Outcome.Done<RegisterPrintout> printout)) {
                return read.<PrintedPdf>notDone();
            }
            Outcome<PrintedPdf> pdf = RegisterPdf.render(printout.value(), ui.messages().locale(), ui.messages()::get);
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
}
