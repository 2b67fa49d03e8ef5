package org.vigil.ui.register;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vigil.service.DrugRegister;
import org.vigil.ui.common.UiContext;

/**
 * The prescriber's log on screen: the entries awaiting the logged-in prescriber's signature, each
 * to be chosen (or all at once) and signed in one pass with one password; below, the entries just
 * signed with every signature they now carry (SIG-1).
 */
final class PrescriberLogView {

    private final PrescriberLogModel model;
    private final UiContext ui;
    private final EntryText words;
    private final VBox root = new VBox(8);

    PrescriberLogView(PrescriberLogModel model) {
        this.model = model;
        this.ui = model.ui();
        this.words = new EntryText(ui);
        Label explain = new Label(ui.text("registerScreen.log.explain"));
        explain.setWrapText(true);
        explain.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        explain.getStyleClass().add("field-hint");
        CheckBox all = new CheckBox(ui.text("registerScreen.log.all"));
        all.setId("logSelectAll");
        all.setOnAction(e -> model.chooseAll(all.isSelected()));
        Button sign = new Button(ui.text("registerScreen.log.sign"));
        sign.setId("logSign");
        sign.getStyleClass().add("primary-action");
        sign.setOnAction(e -> sign());
        Label notice = RegisterView.notice(model.lines(), "logNotice");
        Label message = RegisterView.message(model.lines(), "logMessage");
        sign.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, all, sign, notice);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<PrescriberLogModel.Item> awaiting = new TableView<>();
        awaiting.setId("logTable");
        awaiting.getStyleClass().add("register-table");
        awaiting.setPlaceholder(new Label(ui.text("registerScreen.log.none")));
        TableColumn<PrescriberLogModel.Item, Boolean> chosen = new TableColumn<>(ui.text("registerScreen.log.chosen"));
        chosen.setCellValueFactory(cell -> cell.getValue().chosen());
        chosen.setCellFactory(CheckBoxTableCell.forTableColumn(chosen));
        chosen.setPrefWidth(70);
        awaiting.getColumns().add(chosen);
        columns(awaiting, PrescriberLogModel.Item::line);
        awaiting.setEditable(true);
        model.awaitingProperty().addListener((obs, old, now) -> {
            awaiting.getItems().setAll(now);
            all.setSelected(false);
        });

        TableView<DrugRegister.Line> signed = new TableView<>();
        signed.setId("logSigned");
        signed.getStyleClass().add("register-table");
        signed.setPlaceholder(new Label(ui.text("registerScreen.log.noneSigned")));
        text(signed, "number", 56, line -> words.number(line.entry().id()));
        text(signed, "when", 130, line -> words.when(line.entry().content().at()));
        text(signed, "kind", 110, line -> words.kind(line.entry().kind()));
        text(signed, "patient", 200, line -> words.patient(line.entry().content()));
        text(signed, "signatures", 560, words::signatures);
        model.signedProperty().addListener((obs, old, now) -> signed.getItems().setAll(now));
        Label signedTitle = new Label(ui.text("registerScreen.log.signedTitle"));
        signedTitle.getStyleClass().add("section-title");
        VBox.setVgrow(awaiting, Priority.ALWAYS);
        VBox.setVgrow(signed, Priority.SOMETIMES);
        root.getChildren().addAll(explain, bar, message, awaiting, signedTitle, signed);
        root.setPadding(new Insets(10, 14, 10, 14));
    }

    Node root() {
        return root;
    }

    private void sign() {
        BatchSignatureForm form = model.signing();
        if (form != null) {
            BatchSignatureDialog.show(ui, form).ifPresent(count -> model.signed(form.entryIds(), count));
        }
    }

    private <R> void columns(TableView<R> table, Function<R, DrugRegister.Line> line) {
        text(table, "number", 56, r -> words.number(line.apply(r).entry().id()));
        text(table, "when", 130, r -> words.when(line.apply(r).entry().content().at()));
        text(table, "kind", 120, r -> words.kind(line.apply(r).entry().kind()));
        text(table, "product", 230, r -> line.apply(r).product().name());
        text(table, "lot", 120, r -> line.apply(r).entry().lot());
        text(table, "out", 48, r -> words.unitsOut(line.apply(r).entry()));
        text(table, "amount", 96, r -> words.amount(line.apply(r).entry().content()));
        text(table, "patient", 200, r -> words.patient(line.apply(r).entry().content()));
        text(table, "enteredBy", 120, r -> line.apply(r).entry().content().enteredBy().name());
    }

    private <R> void text(TableView<R> table, String name, double width, Function<R, String> value) {
        RegisterColumns.column(ui, table, "log-col-" + name, name, width, value);
    }
}
