package org.vigil.ui.register;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.register.Product;
import org.vigil.domain.register.RegisterEntry;
import org.vigil.service.DrugRegister.LotLine;
import org.vigil.service.Services;
import org.vigil.ui.common.UiContext;

/**
 * The stock-waste dialog without its controls (CD-5, SIG-2): a dropped or faulty device, or
 * expired stock, destroyed with a witness. The lot is chosen from the stock of the product, with
 * its balance, so no more can be wasted than is there; how it was destroyed and why are written.
 */
final class WasteForm extends WitnessedForm<WasteForm.Field, RegisterEntry> {

    enum Field { PRODUCT, LOT, UNITS, METHOD, REASON, WITNESS_USER, WITNESS_PASSWORD }

    final ObjectProperty<Product> product = new SimpleObjectProperty<>();
    final ObjectProperty<LotLine> lot = new SimpleObjectProperty<>();
    final StringProperty units = typed();
    final StringProperty method = typed();
    final StringProperty reason = typed();

    private final Services services;
    private final Supplier<Actor> actor;
    private final List<Product> products;
    private final List<LotLine> stock;
    private final ReadOnlyObjectWrapper<List<LotLine>> lots = new ReadOnlyObjectWrapper<>(List.of());

    /**
     * @param products the products with stock to waste
     * @param stock every lot of the register; those of the chosen product with units left are offered
     */
    WasteForm(Services services, UiContext ui, Supplier<Actor> actor, List<Product> products, List<LotLine> stock, Product chosen) {
        super(ui, Field.class, services.accounts(), actor, Field.WITNESS_USER, Field.WITNESS_PASSWORD);
        this.services = services;
        this.actor = actor;
        this.products = List.copyOf(products);
        this.stock = List.copyOf(stock);
        product.addListener((obs, old, now) -> offerLots(now));
        product.set(chosen != null && products.contains(chosen) ? chosen : products.stream().findFirst().orElse(null));
        place("register.lot.", Field.LOT);
        place("register.balance.negative", Field.UNITS);
    }

    List<Product> products() {
        return products;
    }

    /** The lots of the chosen product that hold units, earliest expiry first: expired stock is usually what is wasted. */
    ReadOnlyObjectProperty<List<LotLine>> lotsProperty() {
        return lots.getReadOnlyProperty();
    }

    private void offerLots(Product chosen) {
        lots.set(chosen == null ? List.of() : stock.stream()
                .filter(l -> l.product().id() == chosen.id() && l.lot().units() > 0).toList());
        lot.set(lots.get().stream().findFirst().orElse(null));
    }

    @Override
    protected Optional<Callable<Outcome<RegisterEntry>>> read() {
        if (product.get() == null) {
            wrong(Field.PRODUCT, "registerScreen.field.product");
        }
        LotLine from = lot.get();
        if (from == null) {
            wrong(Field.LOT, "registerScreen.waste.lotRequired");
        }
        Integer count = wholeNumber(Field.UNITS, units, 1);
        if (count != null && from != null && count > from.lot().units()) {
            // CD-4: said here as the user types; the service refuses it too.
            wrong(Field.UNITS, "registerScreen.waste.moreThanLot", from.lot().lot(), from.lot().units());
        }
        String how = text(Field.METHOD, method, EntryLengths.METHOD, true);
        String why = text(Field.REASON, reason, EntryLengths.REASON, true);
        Actor handler = actor.get();
        return witnessedBy((witness, password) -> services.register().wasteStock(handler, from.product().id(), from.lot().lot(),
                count, how, why, witness, password));
    }
}
