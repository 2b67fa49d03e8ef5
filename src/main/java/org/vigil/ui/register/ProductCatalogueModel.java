package org.vigil.ui.register;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vigil.domain.Actor;
import org.vigil.domain.register.Product;
import org.vigil.service.Services;
import org.vigil.ui.common.UiContext;

/**
 * The product catalogue without its controls (PROD-3): every product with its strength, route,
 * unit and whether it is in use; the manager adds one, or retires one and brings it back, with a
 * reason. None is ever deleted, since its book must stay readable.
 */
final class ProductCatalogueModel {

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final Runnable changed;
    private final ReadOnlyObjectWrapper<List<Product>> products = new ReadOnlyObjectWrapper<>(List.of());
    private final TabLines lines;

    /** @param changed told when the catalogue changed, so the books are read again */
    ProductCatalogueModel(Services services, UiContext ui, Supplier<Actor> actor, Runnable changed) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        this.changed = changed;
        this.lines = new TabLines(ui);
    }

    UiContext ui() {
        return ui;
    }

    ReadOnlyObjectProperty<List<Product>> productsProperty() {
        return products.getReadOnlyProperty();
    }

    TabLines lines() {
        return lines;
    }

    void refresh() {
        Actor who = actor.get();
        lines.run(() -> services.register().products(who), products::set);
    }

    ProductForm newProduct() {
        return new ProductForm(services, ui, actor);
    }

    void added(Product product) {
        said(ui.text("registerScreen.product.added", product.name()));
    }

    /** Retires a product in use, or brings a retired one back; a refusal goes to the message line. */
    void setActive(Product product, boolean active, String reason) {
        Actor who = actor.get();
        lines.run(() -> services.register().setProductActive(who, product.id(), active, reason), p -> said(ui.text(
                p.active() ? "registerScreen.product.reactivated" : "registerScreen.product.retiredNotice", p.name())));
    }

    private void said(String words) {
        lines.done(words);
        refresh();
        changed.run();
    }
}
