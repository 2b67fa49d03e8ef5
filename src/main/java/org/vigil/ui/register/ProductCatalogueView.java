package org.vigil.ui.register;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vigil.domain.register.Product;
import org.vigil.ui.common.ReasonDialog;
import org.vigil.ui.common.UiContext;

/**
 * The product catalogue on screen (PROD-3), for the manager: each product with its strength,
 * route, unit and whether it is in use; add a product, retire one or bring it back, with a reason.
 * There is no delete.
 */
final class ProductCatalogueView {

    private final ProductCatalogueModel model;
    private final UiContext ui;
    private final EntryText words;
    private final VBox root = new VBox(8);
    private final TableView<Product> table = new TableView<>();

    ProductCatalogueView(ProductCatalogueModel model) {
        this.model = model;
        this.ui = model.ui();
        this.words = new EntryText(ui);
        table.setId("productTable");
        column("name", 320, Product::name);
        column("strength", 140, Product::strength);
        column("route", 140, p -> ui.text("route." + p.route().name()));
        column("unit", 110, p -> ui.text("registerScreen.unit." + p.unit().name()));
        column("state", 120, words::productState);
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Product item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("row-retired");
                if (!empty && item != null && !item.active()) {
                    getStyleClass().add("row-retired");
                }
            }
        });
        model.productsProperty().addListener((obs, old, now) -> table.getItems().setAll(now));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button add = new Button(ui.text("registerScreen.product.add"));
        add.setId("productAdd");
        add.setOnAction(e -> ProductDialog.show(ui, model.newProduct()).ifPresent(model::added));
        Button retire = new Button(ui.text("registerScreen.product.retire"));
        retire.setId("productRetire");
        retire.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, p) ->
                retire.setText(ui.text(p != null && !p.active() ? "registerScreen.product.reactivate" : "registerScreen.product.retire")));
        retire.setOnAction(e -> toggle(table.getSelectionModel().getSelectedItem()));
        Label notice = RegisterView.notice(model.lines(), "productNotice");
        Label message = RegisterView.message(model.lines(), "productMessage");
        Label explain = new Label(ui.text("registerScreen.product.explain"));
        explain.setWrapText(true);
        explain.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        explain.getStyleClass().add("field-hint");
        HBox bar = new HBox(8, add, retire, notice);
        bar.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(explain, bar, message, table);
        root.setPadding(new Insets(10, 14, 10, 14));
    }

    Node root() {
        return root;
    }

    /** PROD-3: retiring stops receipts and keeps the book; bringing back allows them again; both ask why. */
    private void toggle(Product product) {
        if (product == null) {
            return;
        }
        String title = ui.text(product.active() ? "registerScreen.product.retireTitle" : "registerScreen.product.reactivateTitle",
                product.name());
        new ReasonDialog(ui, title).ask().ifPresent(why -> model.setActive(product, !product.active(), why));
    }

    private void column(String name, double width, Function<Product, String> value) {
        RegisterColumns.column(ui, table, "product-col-" + name, name, width, value);
    }
}
