package org.vigil.ui.report;

import java.io.File;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.vigil.domain.Actor;
import org.vigil.domain.programme.QueuedForm;
import org.vigil.service.Services;
import org.vigil.ui.common.DialogButtons;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.register.RegisterPrintModel;
import org.vigil.ui.register.SystemPrinter;

/**
 * PAT-6: the risk programme's monitoring forms. "To submit" lists the forms still owed, most
 * pressing first, with their deadline and the time left; a form due soon takes the medium alarm's
 * colour and an overdue one the high alarm's. The chosen form is printed, saved as a PDF, or
 * marked submitted after a confirmation, which takes it to "Submitted" with who and when.
 * For prescribers and managers (FILE_MONITORING_FORMS).
 */
public final class MonitoringFormsView {

    private final UiContext ui;
    private final MonitoringFormsModel model;
    private final RegisterPrintModel.Printer printer;
    private final VBox root = new VBox(8);
    private final TableView<QueuedForm> open = new TableView<>();
    private final TableView<QueuedForm> submitted = new TableView<>();
    private final Tab openTab = new Tab();

    public MonitoringFormsView(Services services, UiContext ui, Supplier<Actor> actor) {
        this(services, ui, actor, new SystemPrinter());
    }

    /** @param printer the operating system's print dialog in the program, a stand-in in tests */
    public MonitoringFormsView(Services services, UiContext ui, Supplier<Actor> actor, RegisterPrintModel.Printer printer) {
        this.ui = ui;
        this.printer = printer;
        this.model = new MonitoringFormsModel(services, ui, actor);
        root.setId("monitoringForms");
        root.setPadding(new Insets(12));
        root.getStyleClass().add("screen-background");
        Label title = new Label(ui.text("monitoringForms.title"));
        title.getStyleClass().add("screen-title");
        Label notEnrolled = new Label(ui.text("monitoringForms.notEnrolled"));
        notEnrolled.setId("monitoringFormsNotEnrolled");
        notEnrolled.setWrapText(true);
        notEnrolled.getStyleClass().add("warning-line");
        notEnrolled.visibleProperty().bind(model.enrolledProperty().not());
        notEnrolled.managedProperty().bind(notEnrolled.visibleProperty());

        open.setId("monitoringFormsOpen");
        open.setItems(model.open());
        open.setPlaceholder(new Label(ui.text("monitoringForms.empty")));
        open.getColumns().add(column("monitoringForms.column.patient", QueuedForm::patientName));
        open.getColumns().add(column("monitoringForms.column.sessionDate", q -> model.date(q.sessionDate())));
        open.getColumns().add(column("monitoringForms.column.deadline", q -> model.date(q.deadline().deadline())));
        open.getColumns().add(column("monitoringForms.column.daysLeft", q -> model.timeLeft(q.deadline())));
        open.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        open.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(QueuedForm item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("row-overdue", "row-due-soon");
                if (!empty && item != null && !MonitoringFormsModel.rowStyle(item.deadline()).isEmpty()) {
                    getStyleClass().add(MonitoringFormsModel.rowStyle(item.deadline()));
                }
            }
        });
        model.open().addListener((javafx.collections.ListChangeListener<QueuedForm>) c -> openTab.setText(
                ui.text("monitoringForms.tab.open", model.open().size())));

        Button print = button("printMonitoringForm", "monitoringForms.print", () -> chosen(open).ifPresent(q -> model.print(q, printer)));
        Button save = button("saveMonitoringForm", "monitoringForms.save", () -> chosen(open).ifPresent(this::save));
        Button mark = button("markMonitoringFormSubmitted", "monitoringForms.markSubmitted", () -> chosen(open).ifPresent(this::confirmMark));
        mark.getStyleClass().add("primary-action");
        for (Button b : new Button[] {print, save, mark}) {
            b.disableProperty().bind(open.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty()));
        }
        Button refresh = button("refreshMonitoringForms", "monitoringForms.refresh", model::load);
        refresh.disableProperty().bind(model.busyProperty());
        HBox actions = new HBox(8, print, save, mark, refresh);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox openBox = new VBox(8, actions, open);
        openBox.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(open, Priority.ALWAYS);
        openTab.setContent(openBox);
        openTab.setText(ui.text("monitoringForms.tab.open", 0));
        openTab.setId("tab-open");

        submitted.setId("monitoringFormsSubmitted");
        submitted.setItems(model.submitted());
        submitted.setPlaceholder(new Label(ui.text("monitoringForms.emptySubmitted")));
        submitted.getColumns().add(column("monitoringForms.column.patient", QueuedForm::patientName));
        submitted.getColumns().add(column("monitoringForms.column.sessionDate", q -> model.date(q.sessionDate())));
        submitted.getColumns().add(column("monitoringForms.column.deadline", q -> model.date(q.deadline().deadline())));
        submitted.getColumns().add(column("monitoringForms.column.submittedBy", q -> q.submitted().map(QueuedForm.Submitted::by).orElse("")));
        submitted.getColumns().add(column("monitoringForms.column.submittedAt", model::submittedAt));
        submitted.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tab submittedTab = new Tab(ui.text("monitoringForms.tab.submitted"), submitted);
        submittedTab.setId("tab-submitted");

        TabPane tabs = new TabPane(openTab, submittedTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Label message = new Label();
        message.setId("monitoringFormsMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Hyperlink openSaved = new Hyperlink(ui.text("report.session.dialog.open"));
        openSaved.setId("openSavedMonitoringForm");
        openSaved.visibleProperty().bind(model.savedProperty().isNotNull());
        openSaved.managedProperty().bind(openSaved.visibleProperty());
        openSaved.setOnAction(e -> ReportOutput.openOnDesktop(model.savedProperty().get(), opened -> {
            if (!opened) {
                openSaved.setText(ui.text("monitoringForms.noViewer", model.savedProperty().get().toString()));
            }
        }));
        root.getChildren().addAll(title, notEnrolled, tabs, message, openSaved);
        model.load();
    }

    /** The queue again: sessions end and forms are filed while the area is closed. */
    public void refresh() {
        model.load();
    }

    public Parent root() {
        return root;
    }

    private Optional<QueuedForm> chosen(TableView<QueuedForm> table) {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private void confirmMark(QueuedForm form) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, ui.text("monitoringForms.confirm.text", form.patientName(),
                model.date(form.sessionDate())), ButtonType.OK, ButtonType.CANCEL);
        confirm.setTitle(ui.text("monitoringForms.confirm.title"));
        DialogButtons.inLanguage(confirm.getDialogPane(), ui);
        confirm.setHeaderText(null);
        if (root.getScene() != null) {
            confirm.initOwner(root.getScene().getWindow());
        }
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.markSubmitted(form));
    }

    private void save(QueuedForm form) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.text("monitoringForms.save"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ui.text("print.register.dialog.pdfFiles"), "*.pdf"));
        chooser.setInitialFileName("monitoring-form-" + form.sessionDate() + "-" + form.sessionId() + ".pdf");
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            model.save(form, file.toPath());
        }
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(ui.text(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private TableColumn<QueuedForm, String> column(String key, Function<QueuedForm, String> text) {
        TableColumn<QueuedForm, String> c = new TableColumn<>(ui.text(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }
}
