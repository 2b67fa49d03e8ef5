package org.vigil.ui.patients;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.vigil.domain.Actor;
import org.vigil.domain.Permission;
import org.vigil.service.PatientView;
import org.vigil.service.Services;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.common.WrappingCell;

/**
 * The patient list: search by name (pinyin too), date of birth, MRN or ID number; register a
 * new patient; open one. Opening shows the patient in place, and "back" returns to the list as
 * it was.
 */
public final class PatientsView {

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final StackPane root = new StackPane();
    private final VBox list = new VBox(10);
    private final TextField search = new TextField();
    private final TableView<PatientView> table = new TableView<>();
    private final Label message = FormField.messageLine("patientsMessage");
    private final PauseTransition typing = new PauseTransition(Duration.millis(250));

    public PatientsView(Services services, UiContext ui, Supplier<Actor> actor) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        search.setId("patientSearch");
        search.setPromptText(ui.text("patients.search.prompt"));
        HBox.setHgrow(search, Priority.ALWAYS);
        // Search as the user types, once they pause: every keystroke need not reach the database.
        typing.setOnFinished(e -> refresh());
        search.textProperty().addListener((obs, old, now) -> typing.playFromStart());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                refresh();
            }
        });
        Button register = new Button(ui.text("patients.new"));
        register.setId("newPatient");
        register.setTooltip(new Tooltip(ui.text("patients.new.tooltip")));
        register.setVisible(actor.get().may(Permission.REGISTER_PATIENTS));
        register.managedProperty().bind(register.visibleProperty());
        register.setOnAction(e -> showRegistration());
        Button open = new Button(ui.text("patients.open"));
        open.setId("openPatient");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openPatient(table.getSelectionModel().getSelectedItem().id()));

        table.setId("patientsTable");
        table.getColumns().add(column("patients.col.mrn", p -> p.patient().mrn(), 110));
        table.getColumns().add(column("patients.col.name", PatientView::displayName, 200));
        table.getColumns().add(column("patients.col.born", p -> ui.times().date(p.patient().dateOfBirth()) + " (" + p.age() + ")", 140));
        table.getColumns().add(column("patients.col.sex", p -> ui.text("sex." + p.patient().sex().name()), 80));
        table.getColumns().add(column("patients.col.idNumber", p -> p.patient().idNumber(), 170));
        TableColumn<PatientView, String> flags = column("patients.col.flags", p -> p.flags().stream().map(f -> ui.text(f.messageKey()))
                .sorted().collect(Collectors.joining(", ")), 260);
        WrappingCell.wrap(flags, "patients-cell-text");
        table.getColumns().add(flags);
        table.getColumns().add(column("patients.col.state", p -> ui.text(p.active() ? "patients.active" : "patients.inactive"), 90));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(ui.text("patients.none")));
        table.setRowFactory(t -> {
            TableRow<PatientView> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openPatient(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                openPatient(table.getSelectionModel().getSelectedItem().id());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox bar = new HBox(8, search, open, register);
        bar.setAlignment(Pos.CENTER_LEFT);
        list.getChildren().addAll(bar, message, table);
        list.setPadding(new Insets(14));
        root.getChildren().setAll(list);
        refresh();
    }

    public Parent root() {
        return root;
    }

    private void refresh() {
        String query = search.getText();
        FormMessages answer = new FormMessages(ui, message::setText);
        ui.background().run(() -> services.patients().search(actor.get(), query), outcome -> answer.show(outcome, found -> {
            message.setText("");
            table.getItems().setAll(found);
        }), answer::fault);
    }

    public void openPatient(long patientId) {
        PatientScreen screen = new PatientScreen(services, ui, actor, patientId, this::backToList);
        root.getChildren().setAll(screen.root());
    }

    private void showRegistration() {
        RegistrationView registration = new RegistrationView(services, ui, actor, this::openPatient, this::backToList);
        root.getChildren().setAll(registration.root());
    }

    private void backToList() {
        root.getChildren().setAll(list);
        refresh();
    }

    private TableColumn<PatientView, String> column(String key, Function<PatientView, String> value, double width) {
        TableColumn<PatientView, String> column = new TableColumn<>(ui.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
