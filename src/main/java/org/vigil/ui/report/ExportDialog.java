package org.vigil.ui.report;

import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.domain.Actor;
import org.vigil.domain.export.ExportKind;
import org.vigil.service.Services;
import org.vigil.ui.common.DateField;
import org.vigil.ui.common.EnumChoice;
import org.vigil.ui.common.Fonts;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.UiContext;

/**
 * Exporting records as CSV for a manager (EXP-1): what, the period, de-identified or not, then
 * "Save CSV…" to a file the user chooses. A long export shows how far it is and can be
 * cancelled; the result says how many rows went to which file and offers to open it. The dialog
 * stays open, so the same period can be exported as another kind.
 */
public final class ExportDialog {

    private static final Logger log = LoggerFactory.getLogger(ExportDialog.class);

    /** Where the CSV goes: a file chooser in the program, a fixed path in tests. */
    public interface SaveTarget {
        Optional<Path> choose(Window owner, String proposedName);
    }

    /** The days typed; a blank one is null. */
    private record Period(LocalDate from, LocalDate until) {}

    private final Dialog<Void> dialog = new Dialog<>();
    private final ExportModel model;
    private final UiContext ui;
    private final ComboBox<ExportKind> kind;
    private final DateField from = new DateField();
    private final DateField until = new DateField();
    private final CheckBox deidentified;

    ExportDialog(ExportModel model, UiContext ui, Window owner, SaveTarget target, ExportModel.FileOpener opener) {
        this.model = model;
        this.ui = ui;
        kind = EnumChoice.of(ui, ExportKind.values(), "export.kind.");
        kind.setId("exportKind");
        kind.getSelectionModel().select(ExportKind.SESSIONS);
        from.setId("exportFrom");
        until.setId("exportUntil");
        from.setDate(model.defaultFrom());
        until.setDate(model.defaultUntil());
        deidentified = new CheckBox(ui.text("export.dialog.deidentified"));
        deidentified.setId("exportDeidentified");
        Label hint = new Label(ui.text("export.dialog.deidentifiedHint"));
        hint.setWrapText(true);
        hint.setMaxWidth(500);
        hint.getStyleClass().add("hint");
        hint.setMinHeight(Region.USE_PREF_SIZE);
        ProgressBar progress = new ProgressBar();
        progress.setId("exportProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        // Kept in the layout while hidden, so the dialog does not jump when an export starts.
        progress.visibleProperty().bind(model.busyProperty());
        Label message = new Label();
        message.setId("exportMessage");
        message.setWrapText(true);
        message.setMaxWidth(500);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        // A long answer (a refusal, where the file went) grows the window instead of pushing the buttons out of sight.
        message.textProperty().addListener((text, was, now) -> {
            Window window = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
            if (window != null) {
                window.sizeToScene();
            }
        });
        HBox period = new HBox(12, new FormField(from).label(ui.text("export.dialog.from")),
                new FormField(until).label(ui.text("export.dialog.until")));
        VBox content = new VBox(12, new FormField(kind).label(ui.text("export.dialog.kind")), period, new VBox(4, deidentified, hint),
                progress, message);
        for (Node control : new Node[] {kind, from, until, deidentified}) {
            control.disableProperty().bind(model.busyProperty());
        }
        dialog.initOwner(owner);
        dialog.setTitle(ui.text("export.dialog.title"));
        dialog.setHeaderText(ui.text("export.dialog.title"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(560);
        Fonts.style(dialog.getDialogPane(), ui);
        ButtonType save = new ButtonType(ui.text("export.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(ui.text("export.dialog.cancel"), ButtonBar.ButtonData.OTHER);
        ButtonType open = new ButtonType(ui.text("export.dialog.open"), ButtonBar.ButtonData.LEFT);
        ButtonType close = new ButtonType(ui.text("action.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(open, save, cancel, close);
        Button saveButton = button(save, "exportSave", () -> period().ifPresent(p -> {
            ExportKind what = kind.getValue();
            boolean deid = deidentified.isSelected();
            String name = p.from() == null || p.until() == null ? "vigil-export.csv" : model.fileName(what, p.from(), p.until(), deid);
            target.choose(dialog.getDialogPane().getScene().getWindow(), name)
                    .ifPresent(file -> model.export(what, p.from(), p.until(), deid, file));
        }));
        saveButton.disableProperty().bind(model.busyProperty());
        Button cancelButton = button(cancel, "exportCancel", model::cancel);
        cancelButton.disableProperty().bind(model.busyProperty().not());
        Button openButton = button(open, "exportOpen", () -> model.openWritten(opener));
        openButton.visibleProperty().bind(model.writtenProperty().isNotNull().and(model.busyProperty().not()));
        openButton.managedProperty().bind(openButton.visibleProperty());
        // Closing the window while an export runs stops it: nothing half-written is left behind.
        dialog.setOnCloseRequest(event -> model.cancel());
    }

    /**
     * Opens the dialog over the window and waits until it is closed. The manager's Reports area
     * calls this with the user signed in at the workstation (EXPORT_RECORDS is checked by the service).
     */
    public static void open(Services services, UiContext ui, Window owner, Actor actor) {
        open(services, ui, owner, actor, (window, name) -> chooseFile(ui, window, name), ExportDialog::openWithDesktop);
    }

    /** The same with where the file goes and how it is opened given, for tests that cannot use the system's dialogs. */
    public static void open(Services services, UiContext ui, Window owner, Actor actor, SaveTarget target, ExportModel.FileOpener opener) {
        new ExportDialog(new ExportModel(services, ui, actor), ui, owner, target, opener).dialog.showAndWait();
    }

    /** Its buttons run their command and keep the dialog open. */
    private Button button(ButtonType type, String id, Runnable command) {
        Button button = (Button) dialog.getDialogPane().lookupButton(type);
        button.setId(id);
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            command.run();
        });
        return button;
    }

    /** The two days, or empty when one cannot be read (said in the message line); a blank one goes to the service, which asks for it. */
    private Optional<Period> period() {
        if (from.unreadable() || until.unreadable()) {
            model.dateUnreadable();
            return Optional.empty();
        }
        return Optional.of(new Period(from.date().orElse(null), until.date().orElse(null)));
    }

    private static Optional<Path> chooseFile(UiContext ui, Window owner, String proposedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.text("export.dialog.save"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ui.text("export.dialog.csvFiles"), "*.csv"));
        chooser.setInitialFileName(proposedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** The computer's own program for CSV (a spreadsheet), through the desktop; false where there is none (a server, a test). */
    private static boolean openWithDesktop(Path file) {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            return false;
        }
        try {
            Desktop.getDesktop().open(file.toFile());
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            log.warn("Could not open {} with the desktop", file, e);
            return false;
        }
    }
}
