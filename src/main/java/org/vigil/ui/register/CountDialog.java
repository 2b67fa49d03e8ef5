package org.vigil.ui.register;

import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vigil.domain.register.CountKind;
import org.vigil.service.StockCounts;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.UiContext;

/**
 * The count dialog (CD-6): handover or day close, each lot of the sheet with a field for what is
 * physically there — the register's balance is not shown (a blind count) — and the co-signer.
 */
final class CountDialog {

    private CountDialog() {}

    static Optional<StockCounts.CountResult> show(UiContext ui, CountForm form) {
        ToggleGroup kinds = new ToggleGroup();
        HBox kindRow = new HBox(16);
        for (CountKind kind : CountKind.values()) {
            RadioButton choice = new RadioButton(ui.text("registerScreen.count.kind." + kind.name()));
            choice.setId("countKind-" + kind.name());
            choice.setToggleGroup(kinds);
            choice.setUserData(kind);
            choice.setSelected(form.kind.get() == kind);
            kindRow.getChildren().add(choice);
        }
        kinds.selectedToggleProperty().addListener((obs, old, now) -> form.kind.set(now == null ? null : (CountKind) now.getUserData()));
        Label explain = new Label(ui.text("registerScreen.count.explain"));
        explain.setWrapText(true);
        explain.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        explain.getStyleClass().add("field-hint");

        GridPane sheet = new GridPane();
        sheet.setId("countSheet");
        sheet.setHgap(12);
        sheet.setVgap(6);
        for (double width : new double[] {230, 110, 100}) {
            ColumnConstraints c = new ColumnConstraints();
            c.setMinWidth(width);
            sheet.getColumnConstraints().add(c);
        }
        ColumnConstraints counts = new ColumnConstraints();
        counts.setHgrow(Priority.ALWAYS);
        sheet.getColumnConstraints().add(counts);
        sheet.add(header(ui, "registerScreen.col.product"), 0, 0);
        sheet.add(header(ui, "registerScreen.col.lot"), 1, 0);
        sheet.add(header(ui, "registerScreen.col.expiry"), 2, 0);
        sheet.add(header(ui, "registerScreen.count.counted"), 3, 0);
        int row = 1;
        for (CountForm.Line line : form.lines()) {
            TextField counted = RegisterDialog.bound(new TextField(), line.counted, "count-" + line.lot.lot());
            counted.setPrefColumnCount(5);
            FormField field = new FormField(counted);
            line.errorProperty().addListener((obs, old, now) -> field.showError(now));
            sheet.add(new Label(line.lot.product().name()), 0, row);
            sheet.add(new Label(line.lot.lot()), 1, row);
            sheet.add(new Label(ui.times().date(line.lot.expiry())), 2, row);
            sheet.add(field, 3, row);
            row++;
        }
        Label figures = FormField.messageLine("countFiguresError");
        figures.textProperty().bind(form.errorProperty(CountForm.Field.FIGURES));
        Label none = new Label(ui.text("registerScreen.count.nothingToCount"));
        none.setVisible(form.lines().isEmpty());
        none.setManaged(form.lines().isEmpty());
        VBox content = new VBox(10, kindRow, explain, sheet, none, figures,
                WitnessSection.of(ui, form, CountForm.Field.WITNESS_USER, CountForm.Field.WITNESS_PASSWORD));
        return new RegisterDialog<>(ui, ui.text("registerScreen.count.title"), content, form, ui.text("registerScreen.count.send"))
                .showAndWait();
    }

    private static Label header(UiContext ui, String key) {
        Label label = new Label(ui.text(key));
        label.getStyleClass().add("field-label");
        return label;
    }
}
