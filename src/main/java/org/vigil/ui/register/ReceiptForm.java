package org.vigil.ui.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.register.Product;
import org.vigil.domain.register.RegisterEntry;
import org.vigil.service.DrugRegister;
import org.vigil.service.Services;
import org.vigil.ui.common.UiContext;

/**
 * The receipt dialog without its controls (CD-2, SIG-2): supplier, invoice, product, lot, expiry
 * and quantity as the pack and the delivery note say, entered by the logged-in user and witnessed
 * by another who types their own user name and password here. The receipt is dated when it is
 * written: stock is entered as it arrives, never back-dated.
 */
final class ReceiptForm extends WitnessedForm<ReceiptForm.Field, RegisterEntry> {

    enum Field { PRODUCT, SUPPLIER_NAME, SUPPLIER_ADDRESS, REFERENCE, LOT, EXPIRY, QUANTITY, WITNESS_USER, WITNESS_PASSWORD }

    final ObjectProperty<Product> product = new SimpleObjectProperty<>();
    final StringProperty supplierName = typed();
    final StringProperty supplierAddress = typed();
    final StringProperty reference = typed();
    final StringProperty lot = typed();
    final StringProperty expiry = typed();
    final StringProperty quantity = typed();

    private final Services services;
    private final Supplier<Actor> actor;
    private final List<Product> products;

    /** @param products the products in use, one of which is received */
    ReceiptForm(Services services, UiContext ui, Supplier<Actor> actor, List<Product> products, Product chosen) {
        super(ui, Field.class, services.accounts(), actor, Field.WITNESS_USER, Field.WITNESS_PASSWORD);
        this.services = services;
        this.actor = actor;
        this.products = List.copyOf(products);
        product.set(chosen != null && chosen.active() ? chosen : products.stream().findFirst().orElse(null));
        place("register.product.", Field.PRODUCT);
        place("register.lot.required", Field.LOT);
        place("register.lot.expiryDiffers", Field.EXPIRY);
        place("register.receipt.quantity", Field.QUANTITY);
    }

    List<Product> products() {
        return products;
    }

    @Override
    protected Optional<Callable<Outcome<RegisterEntry>>> read() {
        if (product.get() == null) {
            wrong(Field.PRODUCT, "registerScreen.field.product");
        }
        String name = text(Field.SUPPLIER_NAME, supplierName, EntryLengths.COUNTERPARTY, true);
        String address = text(Field.SUPPLIER_ADDRESS, supplierAddress,
                EntryLengths.COUNTERPARTY - (name == null ? 0 : name.length() + 2), true);
        String invoice = text(Field.REFERENCE, reference, EntryLengths.REFERENCE, true);
        String lotNumber = text(Field.LOT, lot, EntryLengths.LOT, true);
        LocalDate expires = date(Field.EXPIRY, expiry);
        Integer units = wholeNumber(Field.QUANTITY, quantity, 1);
        Product received = product.get();
        Actor receiver = actor.get();
        // One line in the register, as the delivery note gives it: the name, then the address.
        String supplier = name + ", " + (address == null ? "" : address.replaceAll("\\s*\\R\\s*", ", "));
        return witnessedBy((witness, password) -> services.register().receive(receiver,
                new DrugRegister.Receipt(received.id(), lotNumber, expires, units, supplier, invoice), witness, password));
    }
}
