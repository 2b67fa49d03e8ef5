package org.vigil.ui.register;

import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.vigil.domain.Route;
import org.vigil.domain.register.Product;
import org.vigil.ui.common.EnumChoice;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.register.ProductForm.Field;

/** A new product for the catalogue (PROD-3): name, route, mg a unit, and a vial's mL. */
final class ProductDialog {

    private ProductDialog() {}

    static Optional<Product> show(UiContext ui, ProductForm form) {
        TextField name = RegisterDialog.bound(new TextField(), form.name, "productName");
        ComboBox<Route> route = EnumChoice.of(ui, Route.values(), "route.");
        route.setId("productRoute");
        route.valueProperty().bindBidirectional(form.route);
        route.setMaxWidth(Double.MAX_VALUE);
        TextField mg = RegisterDialog.bound(new TextField(), form.mg, "productMg");
        TextField ml = RegisterDialog.bound(new TextField(), form.ml, "productMl");
        ml.disableProperty().bind(form.route.isNotEqualTo(Route.IV));
        GridPane grid = RegisterDialog.grid();
        grid.add(RegisterDialog.field(form, Field.NAME, name, ui.text("registerScreen.product.name"))
                .hint(ui.text("registerScreen.product.nameHint")), 0, 0, 3, 1);
        grid.add(RegisterDialog.field(form, Field.ROUTE, route, ui.text("registerScreen.product.route")), 0, 1);
        grid.add(RegisterDialog.field(form, Field.MG, mg, ui.text("registerScreen.product.mg")), 1, 1);
        grid.add(RegisterDialog.field(form, Field.ML, ml, ui.text("registerScreen.product.ml"))
                .hint(ui.text("registerScreen.product.mlHint")), 2, 1);
        return new RegisterDialog<>(ui, ui.text("registerScreen.product.addTitle"), grid, form, ui.text("registerScreen.product.send"))
                .showAndWait();
    }
}
