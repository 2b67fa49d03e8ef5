package org.vigil.ui.register;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.register.Discrepancy;
import org.vigil.domain.register.Product;
import org.vigil.domain.register.RegisterEntry;
import org.vigil.service.DrugRegister;
import org.vigil.service.DrugRegister.Book;
import org.vigil.service.DrugRegister.LotLine;
import org.vigil.service.Services;
import org.vigil.ui.common.UiContext;

/**
 * The register's book without its controls (CD-4): one book per product and strength, its
 * entries in order with the balances after each, narrowed by date, lot, patient and user; the
 * stock of the product by lot with its expiry flags (CD-2); whether the user may handle stock;
 * and the forms for a receipt, a stock waste and a correction, whose answers load the book again.
 */
final class RegisterViewModel {

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final EntryText words;
    private final ReadOnlyObjectWrapper<List<Book>> books = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<Product>> products = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<RegisterRow>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<String>> lots = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<LotLine>> stock = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Long> focus = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper openDiscrepancies = new ReadOnlyStringWrapper("");
    private final TabLines lines;
    private final ReadOnlyBooleanWrapper mayHandleStock = new ReadOnlyBooleanWrapper();
    private List<LotLine> allStock = List.of();
    private List<RegisterRow> wholeBook = List.of();
    /** The product whose book shows once loaded again: that of the entry just written. */
    private Long wanted;

    /** The book shown: one product and strength. */
    final ObjectProperty<Product> product = new SimpleObjectProperty<>();
    /**
     * Entries on or after this day (the clinic's date); the book is read from this day on, so it
     * starts at {@link #usualFrom()} rather than at the clinic's first entry. Null: the whole book.
     */
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    /** Entries on or before this day; none when null. */
    final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>();
    /** One lot's entries; all lots when null. */
    final ObjectProperty<String> lot = new SimpleObjectProperty<>();
    /** Part of the patient's name or ID number. */
    final StringProperty patient = new SimpleStringProperty("");
    /** Part of the name of whoever entered, witnessed, prescribed or signed. */
    final StringProperty user = new SimpleStringProperty("");

    RegisterViewModel(Services services, UiContext ui, Supplier<Actor> actor) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        this.words = new EntryText(ui);
        this.lines = new TabLines(ui);
        from.set(usualFrom());
        for (Observable filter : List.<Observable>of(product, until, lot, patient, user)) {
            filter.addListener(o -> show());
        }
        from.addListener(o -> refresh());
    }

    /** Where the book starts unless the user asks for more: the first day of last month, so this month and the last show. */
    LocalDate usualFrom() {
        return ui.today().minusMonths(1).withDayOfMonth(1);
    }

    UiContext ui() {
        return ui;
    }

    Supplier<Actor> actor() {
        return actor;
    }

    Services services() {
        return services;
    }

    /** Every product's book as last loaded. */
    ReadOnlyObjectProperty<List<Book>> booksProperty() {
        return books.getReadOnlyProperty();
    }

    /** The products that have a book, retired ones too: their entries stay readable. */
    ReadOnlyObjectProperty<List<Product>> productsProperty() {
        return products.getReadOnlyProperty();
    }

    /** The chosen book's lines that the filters let through, with the other half of any correction. */
    ReadOnlyObjectProperty<List<RegisterRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The lots of the chosen book, for the lot filter. */
    ReadOnlyObjectProperty<List<String>> lotsProperty() {
        return lots.getReadOnlyProperty();
    }

    /** The chosen product's lots with their balances and expiry flags. */
    ReadOnlyObjectProperty<List<LotLine>> stockProperty() {
        return stock.getReadOnlyProperty();
    }

    /** The entry the screen should bring into view: the one just written. */
    /** CD-6: how many count discrepancies are open, in words; empty when none is. */
    ReadOnlyStringProperty openDiscrepanciesProperty() {
        return openDiscrepancies.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Long> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    /** Why the book could not be loaded, and what was just written. */
    TabLines lines() {
        return lines;
    }

    /** CD-2, CD-5, CD-1: receive, waste and correct are for those who handle stock; a manager only reads. */
    ReadOnlyBooleanProperty mayHandleStockProperty() {
        return mayHandleStock.getReadOnlyProperty();
    }

    /** Loads every book and the stock again, as the user now logged in (who may have changed at the lock screen). */
    void refresh() {
        Actor who = actor.get();
        mayHandleStock.set(who.may(Permission.HANDLE_STOCK));
        DrugRegister register = services.register();
        LocalDate day = from.get();
        lines.run(() -> {
            Outcome<List<LotLine>> shelf = register.stock(who);
            if (!shelf.isDone()) {
                return shelf.<Loaded>notDone();
            }
            Outcome<List<Book>> loaded = register.books(who, day);
            Outcome<List<Discrepancy>> counted = services.counts().discrepancies(who);
            long open = counted.isDone() ? counted.value().stream().filter(Discrepancy::open).count() : 0;
            return loaded.isDone() ? Outcome.done(new Loaded(loaded.value(), shelf.value(), open)) : loaded.<Loaded>notDone();
        }, loaded -> {
            allStock = loaded.stock();
            openDiscrepancies.set(loaded.openDiscrepancies() == 0 ? "" : ui.text("registerScreen.counts.openInBook",
                    loaded.openDiscrepancies()));
            take(loaded.books());
        });
    }

    private record Loaded(List<Book> books, List<LotLine> stock, long openDiscrepancies) {}

    private void take(List<Book> loaded) {
        books.set(List.copyOf(loaded));
        products.set(loaded.stream().map(Book::product).toList());
        Long chosen = wanted != null ? wanted : product.get() == null ? null : product.get().id();
        wanted = null;
        Product same = products.get().stream().filter(p -> chosen != null && p.id() == chosen).findFirst()
                .orElse(products.get().stream().findFirst().orElse(null));
        if (same != null && same.equals(product.get())) {
            show();
        } else {
            product.set(same);
        }
    }

    private void show() {
        Optional<Book> book = books.get().stream().filter(b -> product.get() != null && b.product().id() == product.get().id())
                .findFirst();
        List<DrugRegister.Line> entries = book.map(Book::lines).orElse(List.of());
        Map<Long, Long> correctedBy = new HashMap<>();
        entries.forEach(l -> l.entry().content().corrects().ifPresent(wrong -> correctedBy.put(wrong, l.entry().id())));
        wholeBook = entries.stream().map(l -> new RegisterRow(l, Optional.ofNullable(correctedBy.get(l.entry().id())))).toList();
        Set<Long> shown = new LinkedHashSet<>();
        for (RegisterRow row : wholeBook) {
            if (matches(row)) {
                shown.add(row.id());
                // CD-1: a correction and the entry it corrects are read together, whatever the filter lets through.
                row.corrects().ifPresent(shown::add);
                row.correctedBy().ifPresent(shown::add);
            }
        }
        rows.set(wholeBook.stream().filter(r -> shown.contains(r.id())).toList());
        lots.set(entries.stream().map(l -> l.entry().lot()).distinct().sorted().toList());
        stock.set(allStock.stream().filter(l -> product.get() != null && l.product().id() == product.get().id()).toList());
    }

    private boolean matches(RegisterRow row) {
        var entry = row.entry().content();
        LocalDate day = LocalDate.ofInstant(entry.at(), ui.zone());
        if (from.get() != null && day.isBefore(from.get()) || until.get() != null && day.isAfter(until.get())) {
            return false;
        }
        if (lot.get() != null && !lot.get().equals(entry.lot())) {
            return false;
        }
        boolean patientMatches = entry.patient().map(p -> contains(p.name(), patient.get()) || contains(p.idNumber(), patient.get()))
                .orElse(false);
        if (!patient.get().isBlank() && !patientMatches) {
            return false;
        }
        Stream<String> people = Stream.concat(Stream.of(entry.enteredBy().name()), Stream.concat(
                Stream.concat(entry.witness().stream(), entry.prescriber().stream()).map(s -> s.name()),
                row.line().signatures().stream().map(s -> s.signer().name())));
        return user.get().isBlank() || people.anyMatch(name -> contains(name, user.get()));
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.strip().toLowerCase(Locale.ROOT));
    }

    /** CD-1: the other half of a correction — the entry it reverses, or the correction that reverses it — in the whole book. */
    Optional<RegisterRow> linked(RegisterRow row) {
        Optional<Long> other = row.corrects().or(row::correctedBy);
        return other.flatMap(id -> wholeBook.stream().filter(r -> r.id() == id).findFirst());
    }

    /** The products stock may be received into: those in use. */
    ReceiptForm receipt() {
        return new ReceiptForm(services, ui, actor, products.get().stream().filter(Product::active).toList(), product.get());
    }

    WasteForm waste() {
        List<Product> withStock = products.get().stream()
                .filter(p -> allStock.stream().anyMatch(l -> l.product().id() == p.id() && l.lot().units() > 0)).toList();
        return new WasteForm(services, ui, actor, withStock, allStock, product.get());
    }

    CorrectionForm correction(RegisterRow row) {
        return new CorrectionForm(services, ui, actor, row.entry());
    }

    /** After a receipt: said in words, its book shown with the new entry in view. */
    void received(RegisterEntry entry) {
        written(entry, ui.text("registerScreen.notice.received", words.number(entry.id()), entry.units(), entry.lot()));
    }

    void wasted(RegisterEntry entry) {
        written(entry, ui.text("registerScreen.notice.wasted", words.number(entry.id()), -entry.units(), entry.lot()));
    }

    /** CD-1: the reversal and, when given, the right entry; the wrong one stays as it was. */
    void corrected(RegisterEntry wrong, List<RegisterEntry> written) {
        String numbers = String.join(", ", written.stream().map(e -> words.number(e.id())).toList());
        written(written.getFirst(), ui.text("registerScreen.notice.corrected", words.number(wrong.id()), numbers));
    }

    private void written(RegisterEntry entry, String said) {
        lines.done(said);
        wanted = entry.productId();
        focus.set(entry.id());
        refresh();
    }
}
