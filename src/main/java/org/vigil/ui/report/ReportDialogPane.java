package org.vigil.ui.report;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.vigil.ui.common.Fonts;
import org.vigil.ui.common.UiContext;

/**
 * What both report dialogs share: the message line, the progress bar of a batch, "Save as PDF…"
 * with the file chooser and then the offer to open the file, "Print…" through the operating
 * system's print dialog, Cancel while a batch is drawn, and Close. The buttons keep the dialog
 * open, so the same report can be saved and printed; they wait while a report is made.
 */
final class ReportDialogPane {

    private final Dialog<Void> dialog = new Dialog<>();
    private final ReportPrintModel model;
    private final UiContext ui;

    ReportDialogPane(ReportPrintModel model, UiContext ui, Window owner, String title, Node form, boolean batch) {
        this.model = model;
        this.ui = ui;
        Label message = new Label();
        message.setId("reportMessage");
        message.setWrapText(true);
        message.setMaxWidth(460);
        message.textProperty().bind(model.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("reportProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty().and(javafx.beans.binding.Bindings.createBooleanBinding(() -> batch)));
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = new Button(ui.text("report.session.dialog.cancel"));
        cancel.setId("reportCancel");
        cancel.visibleProperty().bind(progress.visibleProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        Hyperlink open = new Hyperlink(ui.text("report.session.dialog.open"));
        open.setId("reportOpen");
        open.visibleProperty().bind(model.savedProperty().isNotNull().and(model.busyProperty().not()));
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> model.openSaved());
        HBox working = new HBox(8, progress, cancel);
        HBox.setHgrow(progress, javafx.scene.layout.Priority.ALWAYS);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(new VBox(12, form, working, message, open));
        dialog.getDialogPane().setPrefWidth(500);
        message.setMinHeight(Region.USE_PREF_SIZE);
        // The answer, the progress bar and the link to the saved file grow the window instead of pushing the buttons out of sight.
        Runnable fit = () -> {
            Window window = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
            if (window != null) {
                window.sizeToScene();
            }
        };
        message.textProperty().addListener((text, was, now) -> fit.run());
        open.visibleProperty().addListener((shown, was, now) -> fit.run());
        progress.visibleProperty().addListener((shown, was, now) -> fit.run());
        dialog.getDialogPane().setId("reportDialog");
        Fonts.style(dialog.getDialogPane(), ui);
    }

    /** Adds "Save as PDF…" and "Print…" for the report the form asks for, and Close. */
    void buttons(Ask ask) {
        ButtonType save = new ButtonType(ui.text("report.session.dialog.save"), ButtonBar.ButtonData.LEFT);
        ButtonType print = new ButtonType(ui.text("report.session.dialog.print"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(ui.text("action.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, print, close);
        button(save, "reportSave", () -> ask.what().ifPresent(job -> chooseFile(job.fileName()).ifPresent(file -> model.save(job.maker(), file))));
        button(print, "reportPrint", () -> ask.what().ifPresent(job -> model.print(job.maker(), job.jobName())));
        Button closeButton = (Button) dialog.getDialogPane().lookupButton(close);
        closeButton.setId("reportClose");
        // Closing while a batch is drawn stops it first: the work would finish for nobody.
        closeButton.addEventFilter(ActionEvent.ACTION, e -> model.cancel());
    }

    /** What the dialog's form asks for now: a report to make, or empty when the form said what is wrong. */
    @FunctionalInterface
    interface Ask {
        Optional<Job> what();
    }

    /** A report to make, its print job's name and the file name proposed for it. */
    record Job(ReportPrintModel.Maker maker, String jobName, String fileName) {}

    void showAndWait() {
        dialog.showAndWait();
    }

    private void button(ButtonType type, String id, Runnable command) {
        Button button = (Button) dialog.getDialogPane().lookupButton(type);
        button.setId(id);
        button.disableProperty().bind(model.busyProperty());
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            command.run();
        });
    }

    private Optional<Path> chooseFile(String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.text("report.session.dialog.save"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ui.text("report.session.dialog.pdfFiles"), "*.pdf"));
        chooser.setInitialFileName(name);
        return Optional.ofNullable(chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow())).map(File::toPath);
    }

}
