package org.vigil.ui.register;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Route;
import org.vigil.domain.register.Product;
import org.vigil.service.Services;
import org.vigil.ui.common.UiContext;

/**
 * A new product for the catalogue without its controls (PROD-3): its name, route and strength in
 * mg a unit, and for a vial its volume in mL. It becomes a book of its own.
 */
final class ProductForm extends RegisterForm<ProductForm.Field, Product> {

    enum Field { NAME, ROUTE, MG, ML }

    final StringProperty name = typed();
    final ObjectProperty<Route> route = new SimpleObjectProperty<>(Route.NASAL);
    final StringProperty mg = typed();
    final StringProperty ml = typed();

    private final Services services;
    private final Supplier<Actor> actor;

    ProductForm(Services services, UiContext ui, Supplier<Actor> actor) {
        super(ui, Field.class);
        this.services = services;
        this.actor = actor;
        place("register.product.exists", Field.NAME);
    }

    @Override
    protected Optional<Callable<Outcome<Product>>> read() {
        String named = text(Field.NAME, name, EntryLengths.PRODUCT_NAME, true);
        Route by = route.get();
        if (by == null) {
            wrong(Field.ROUTE, "registerScreen.product.routeRequired");
        }
        BigDecimal mgPerUnit = amount(Field.MG, mg);
        // PROD-2: a vial's volume makes its mL; a device has none.
        BigDecimal mlPerUnit = by == Route.IV ? amount(Field.ML, ml) : null;
        if (anyWrong()) {
            return Optional.empty();
        }
        Actor manager = actor.get();
        return Optional.of(() -> services.register().addProduct(manager, named, by, mgPerUnit, mlPerUnit));
    }
}
