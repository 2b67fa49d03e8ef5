package org.vigil.ui.register;

import java.io.File;
import java.time.LocalDate;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.vigil.domain.Actor;
import org.vigil.service.Services;
import org.vigil.ui.common.DateField;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.Fonts;
import org.vigil.ui.common.UiContext;

/**
 * Printing the statutory register (CD-7): the period, then "Save as PDF…" to a file the user
 * chooses or "Print…" through the operating system's print dialog. The dialog stays open after
 * either, so the same period can be saved and printed.
 */
public final class RegisterPrintDialog {

    /** The days typed; a blank one is null. */
    private record Period(LocalDate from, LocalDate until) {}

    private final Dialog<Void> dialog = new Dialog<>();
    private final RegisterPrintModel model;
    private final UiContext ui;
    private final DateField from = new DateField();
    private final DateField until = new DateField();

    RegisterPrintDialog(RegisterPrintModel model, UiContext ui, Window owner, RegisterPrintModel.Printer printer) {
        this.model = model;
        this.ui = ui;
        from.setId("printFrom");
        until.setId("printUntil");
        from.setDate(model.defaultFrom());
        until.setDate(model.defaultUntil());
        Label message = new Label();
        message.setId("printMessage");
        message.setWrapText(true);
        message.setMaxWidth(440);
        message.textProperty().bind(model.messageProperty());
        HBox period = new HBox(12, new FormField(from).label(ui.text("print.register.dialog.from")),
                new FormField(until).label(ui.text("print.register.dialog.until")));
        dialog.initOwner(owner);
        dialog.setTitle(ui.text("print.register.dialog.title"));
        dialog.setHeaderText(ui.text("print.register.dialog.title"));
        dialog.getDialogPane().setContent(new VBox(12, period, message));
        dialog.getDialogPane().setPrefWidth(480);
        Fonts.style(dialog.getDialogPane(), ui);
        ButtonType save = new ButtonType(ui.text("print.register.dialog.save"), ButtonBar.ButtonData.LEFT);
        ButtonType print = new ButtonType(ui.text("print.register.dialog.print"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(ui.text("action.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, print, close);
        button(save, "printSave", () -> period().ifPresent(p -> chooseFile(p).ifPresent(file -> model.save(p.from(), p.until(),
                file.toPath()))));
        button(print, "printSend", () -> period().ifPresent(p -> model.print(p.from(), p.until(), printer)));
    }

    /**
     * Opens the dialog over the window and waits until it is closed. The register screen calls
     * this from its "Print…" button with the user signed in at the workstation.
     */
    public static void show(Services services, UiContext ui, Window owner, Actor actor) {
        new RegisterPrintDialog(new RegisterPrintModel(services, ui, actor), ui, owner, new SystemPrinter()).dialog.showAndWait();
    }

    /** Its buttons run their command and keep the dialog open; they wait while a register is being made. */
    private void button(ButtonType type, String id, Runnable command) {
        Button button = (Button) dialog.getDialogPane().lookupButton(type);
        button.setId(id);
        button.disableProperty().bind(model.busyProperty());
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            command.run();
        });
    }

    /** The two days, or empty when one cannot be read (said in the message line); a blank one goes to the service, which asks for it. */
    private Optional<Period> period() {
        if (from.unreadable() || until.unreadable()) {
            model.dateUnreadable();
            return Optional.empty();
        }
        return Optional.of(new Period(from.date().orElse(null), until.date().orElse(null)));
    }

    private Optional<File> chooseFile(Period period) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.text("print.register.dialog.save"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ui.text("print.register.dialog.pdfFiles"), "*.pdf"));
        chooser.setInitialFileName("controlled-drug-register-" + period.from() + "-" + period.until() + ".pdf");
        return Optional.ofNullable(chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow()));
    }
}
