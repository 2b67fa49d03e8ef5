package org.vigil.ui.register;

import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.vigil.domain.register.Product;
import org.vigil.domain.register.RegisterEntry;
import org.vigil.ui.common.DateField;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.register.ReceiptForm.Field;

/** The receipt dialog (CD-2): the delivery as the note and the packs say it, then the witness signs at this workstation (SIG-2). */
final class ReceiptDialog {

    private ReceiptDialog() {}

    static Optional<RegisterEntry> show(UiContext ui, ReceiptForm form) {
        EntryText words = new EntryText(ui);
        ComboBox<Product> product = ProductChoice.of(words, form.products());
        product.setId("receiptProduct");
        product.valueProperty().bindBidirectional(form.product);
        TextField supplier = RegisterDialog.bound(new TextField(), form.supplierName, "receiptSupplier");
        TextArea address = RegisterDialog.bound(new TextArea(), form.supplierAddress, "receiptAddress");
        address.setPrefRowCount(2);
        address.setWrapText(true);
        TextField reference = RegisterDialog.bound(new TextField(), form.reference, "receiptReference");
        TextField lot = RegisterDialog.bound(new TextField(), form.lot, "receiptLot");
        DateField expiry = RegisterDialog.bound(new DateField(), form.expiry, "receiptExpiry");
        TextField quantity = RegisterDialog.bound(new TextField(), form.quantity, "receiptQuantity");
        quantity.setPrefColumnCount(6);

        Label when = new Label(ui.text("registerScreen.receipt.when", words.signedAt(ui.clock().instant())));
        when.setId("receiptWhen");
        when.getStyleClass().add("field-hint");
        when.setWrapText(true);
        when.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane grid = RegisterDialog.grid();
        grid.add(RegisterDialog.field(form, Field.PRODUCT, product, ui.text("registerScreen.receipt.product")), 0, 0, 3, 1);
        grid.add(RegisterDialog.field(form, Field.SUPPLIER_NAME, supplier, ui.text("registerScreen.receipt.supplier")), 0, 1, 2, 1);
        grid.add(RegisterDialog.field(form, Field.REFERENCE, reference, ui.text("registerScreen.receipt.reference")), 2, 1);
        grid.add(RegisterDialog.field(form, Field.SUPPLIER_ADDRESS, address, ui.text("registerScreen.receipt.address")), 0, 2, 3, 1);
        grid.add(RegisterDialog.field(form, Field.LOT, lot, ui.text("registerScreen.receipt.lot")), 0, 3);
        grid.add(RegisterDialog.field(form, Field.EXPIRY, expiry, ui.text("registerScreen.receipt.expiry"))
                .hint(ui.text("registerScreen.field.dateHint")), 1, 3);
        grid.add(RegisterDialog.field(form, Field.QUANTITY, quantity, ui.text("registerScreen.receipt.quantity")), 2, 3);
        VBox content = new VBox(10, when, grid, WitnessSection.of(ui, form, Field.WITNESS_USER, Field.WITNESS_PASSWORD));
        return new RegisterDialog<>(ui, ui.text("registerScreen.receipt.title"), content, form, ui.text("registerScreen.receipt.send"))
                .showAndWait();
    }
}
