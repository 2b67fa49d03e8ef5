package org.vigil.ui.register;

import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.vigil.domain.register.Product;
import org.vigil.domain.register.RegisterEntry;
import org.vigil.service.DrugRegister.LotLine;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.register.WasteForm.Field;

/** The stock-waste dialog (CD-5): product, a lot from stock with its balance, units, how and why, then the witness signs (SIG-2). */
final class WasteDialog {

    private WasteDialog() {}

    static Optional<RegisterEntry> show(UiContext ui, WasteForm form) {
        EntryText words = new EntryText(ui);
        ComboBox<Product> product = ProductChoice.of(words, form.products());
        product.setId("wasteProduct");
        product.valueProperty().bindBidirectional(form.product);
        ComboBox<LotLine> lot = new ComboBox<>();
        lot.setId("wasteLot");
        lot.setMaxWidth(Double.MAX_VALUE);
        lot.getItems().setAll(form.lotsProperty().get());
        form.lotsProperty().addListener((obs, old, now) -> lot.getItems().setAll(now));
        lot.valueProperty().bindBidirectional(form.lot);
        // A lot as the shelf has it: number, units left, expiry and its state in words.
        NamedCell.name(lot, l -> ui.text("registerScreen.waste.lotChoice", l.lot().lot(), l.lot().units(), words.expiry(l.lot().expiry()),
                words.lotState(l, ui.today())));
        TextField units = RegisterDialog.bound(new TextField(), form.units, "wasteUnits");
        TextField method = RegisterDialog.bound(new TextField(), form.method, "wasteMethod");
        method.setPromptText(ui.text("registerScreen.waste.methodPrompt"));
        TextArea reason = RegisterDialog.bound(new TextArea(), form.reason, "wasteReason");
        reason.setPromptText(ui.text("registerScreen.waste.reasonPrompt"));
        reason.setPrefRowCount(2);
        reason.setWrapText(true);

        GridPane grid = RegisterDialog.grid();
        grid.add(RegisterDialog.field(form, Field.PRODUCT, product, ui.text("registerScreen.receipt.product")), 0, 0, 3, 1);
        grid.add(RegisterDialog.field(form, Field.LOT, lot, ui.text("registerScreen.waste.lot")), 0, 1, 3, 1);
        grid.add(RegisterDialog.field(form, Field.UNITS, units, ui.text("registerScreen.waste.units")), 0, 2);
        grid.add(RegisterDialog.field(form, Field.METHOD, method, ui.text("registerScreen.waste.method")), 1, 2, 2, 1);
        grid.add(RegisterDialog.field(form, Field.REASON, reason, ui.text("registerScreen.waste.reason")), 0, 3, 3, 1);
        VBox content = new VBox(10, grid, WitnessSection.of(ui, form, Field.WITNESS_USER, Field.WITNESS_PASSWORD));
        return new RegisterDialog<>(ui, ui.text("registerScreen.waste.title"), content, form, ui.text("registerScreen.waste.send"))
                .showAndWait();
    }
}
