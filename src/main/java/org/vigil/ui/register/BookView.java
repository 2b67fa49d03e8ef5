package org.vigil.ui.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vigil.domain.register.Product;
import org.vigil.ui.common.DateField;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.UiContext;

/**
 * The register's book on screen (CD-4): the chosen product's book with its filters, the stock of
 * its lots, the selected line in full, and the actions of those who handle stock — receive,
 * waste, correct (CD-2, CD-5, CD-1). A manager reads the same book without those buttons.
 */
final class BookView {

    /** Room for a lot's line on the shelf, e.g. "LOT-SOON: 6 left · exp. 12 Dec 2026 · EXPIRES IN 12 DAYS: use first". */
    private static final double STOCK_WIDTH = 470;
    /** Room for the selected line's facts and signatures, and five lots of stock. */
    private static final double BELOW_HEIGHT = 150;

    private final RegisterViewModel model;
    private final UiContext ui;
    private final EntryText words;
    private final VBox root = new VBox(8);
    private final TableView<RegisterRow> table;
    private final StockPanel stock;
    private final Label detail = new Label();
    /** The toolbar's place for further register actions (Count…, Print…), after the stock actions: add their buttons here. */
    private final HBox moreActions = new HBox(8);

    BookView(RegisterViewModel model) {
        this.model = model;
        this.ui = model.ui();
        this.words = new EntryText(ui);
        this.table = new BookTable(ui).table();
        this.stock = new StockPanel(ui);
        model.stockProperty().addListener((obs, old, now) -> stock.show(now));
        model.rowsProperty().addListener((obs, old, now) -> showRows(now));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> showDetail(row));
        detail.setId("registerDetail");
        detail.setWrapText(true);
        showDetail(null);
        Label message = RegisterView.message(model.lines(), "registerMessage");
        Label notice = RegisterView.notice(model.lines(), "registerNotice");
        VBox.setVgrow(table, Priority.ALWAYS);
        moreActions.setId("registerMoreActions");
        moreActions.setAlignment(Pos.CENTER_LEFT);
        // The selected line in full beside the shelf: the book above keeps the height the screen has.
        ScrollPane selected = new ScrollPane(detail);
        selected.setFitToWidth(true);
        selected.getStyleClass().add("register-detail");
        HBox.setHgrow(selected, Priority.ALWAYS);
        stock.root().setPrefWidth(STOCK_WIDTH);
        stock.root().setMinWidth(STOCK_WIDTH);
        HBox below = new HBox(10, selected, stock.root());
        below.setPrefHeight(BELOW_HEIGHT);
        below.setMinHeight(BELOW_HEIGHT);
        // CD-6: an open discrepancy is said above the book, where everyone who reads it sees it.
        Label discrepancies = new Label();
        discrepancies.setId("registerOpenDiscrepancies");
        discrepancies.getStyleClass().add("form-error");
        discrepancies.setWrapText(true);
        discrepancies.textProperty().bind(model.openDiscrepanciesProperty());
        discrepancies.managedProperty().bind(discrepancies.textProperty().isNotEmpty());
        root.getChildren().addAll(header(), toolbar(), discrepancies, notice, filters(), message, table, below);
        root.setPadding(new Insets(10, 14, 10, 14));
        root.getStyleClass().add("register-book");
    }

    /** An action beside the book's own, such as printing the register. */
    void addAction(javafx.scene.control.Button action) {
        moreActions.getChildren().add(action);
    }

    Node root() {
        return root;
    }

    private Node header() {
        ComboBox<Product> product = ProductChoice.of(words, List.of());
        product.setId("registerProduct");
        product.setPrefWidth(320);
        model.productsProperty().addListener((obs, old, now) -> {
            product.getItems().setAll(now);
            product.setValue(model.product.get());
        });
        model.product.addListener((obs, old, now) -> product.setValue(now));
        product.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(model.product.get())) {
                model.product.set(now);
            }
        });
        Label strength = new Label();
        strength.setId("registerStrength");
        strength.getStyleClass().add("field-hint");
        model.product.addListener((obs, old, now) -> strength.setText(now == null ? "" : words.strength(now)));
        Label book = new Label(ui.text("registerScreen.book.label"));
        book.getStyleClass().add("field-label");
        HBox header = new HBox(10, book, product, strength);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node toolbar() {
        Button receive = button("registerScreen.action.receive", "registerReceive", this::receive);
        Button waste = button("registerScreen.action.waste", "registerWaste", this::waste);
        Button correct = button("registerScreen.action.correct", "registerCorrect", this::correct);
        Button linked = button("registerScreen.action.linked", "registerLinked", this::showLinked);
        // CD-2, CD-5, CD-1: the stock actions are absent, not just greyed, for a role that reads only (ROLE-1).
        for (Button stockAction : List.of(receive, waste, correct)) {
            stockAction.visibleProperty().bind(model.mayHandleStockProperty());
            stockAction.managedProperty().bind(model.mayHandleStockProperty());
        }
        var selected = table.getSelectionModel().selectedItemProperty();
        correct.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().correctable(), selected));
        linked.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.get() == null || model.linked(selected.get()).isEmpty(), selected));
        HBox bar = new HBox(8, receive, waste, correct, linked, new Separator(Orientation.VERTICAL), moreActions);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId("registerToolbar");
        return bar;
    }

    private Node filters() {
        DateField from = new DateField();
        DateField until = new DateField();
        ComboBox<String> lot = new ComboBox<>();
        lot.setId("registerLotFilter");
        lot.setPrefWidth(150);
        // The empty choice stands for every lot.
        NamedCell.name(lot, l -> l.isEmpty() ? ui.text("registerScreen.filter.allLots") : l);
        model.lotsProperty().addListener((obs, old, now) -> {
            List<String> choices = new ArrayList<>(List.of(""));
            choices.addAll(now);
            lot.getItems().setAll(choices);
            lot.setValue(model.lot.get() == null ? "" : model.lot.get());
        });
        lot.valueProperty().addListener((obs, old, now) -> model.lot.set(now == null || now.isEmpty() ? null : now));
        TextField patient = new TextField();
        patient.setId("registerPatientFilter");
        patient.textProperty().bindBidirectional(model.patient);
        TextField user = new TextField();
        user.setId("registerUserFilter");
        user.textProperty().bindBidirectional(model.user);
        Button clear = button("registerScreen.filter.clear", "registerClearFilters", () -> {
            from.setDate(model.usualFrom());
            until.clear();
            lot.setValue("");
            patient.clear();
            user.clear();
        });
        from.setDate(model.from.get());
        from.setTooltip(new javafx.scene.control.Tooltip(ui.text("registerScreen.filter.from.why")));
        HBox bar = new HBox(10, dateFilter(from, model.from, "registerFrom", "registerScreen.filter.from"),
                dateFilter(until, model.until, "registerUntil", "registerScreen.filter.until"), new FormField(lot).label(ui.text("registerScreen.filter.lot")),
                new FormField(patient).label(ui.text("registerScreen.filter.patient")),
                new FormField(user).label(ui.text("registerScreen.filter.user")), clear);
        bar.setAlignment(Pos.BOTTOM_LEFT);
        bar.getStyleClass().add("register-filters");
        return bar;
    }

    /** A date filter: a readable date narrows the book, a blank one does not, anything else is said next to it. */
    private FormField dateFilter(DateField date, ObjectProperty<LocalDate> day, String id, String labelKey) {
        date.setId(id);
        FormField field = new FormField(date).label(ui.text(labelKey));
        date.textProperty().addListener((obs, old, now) -> {
            field.showError(date.unreadable() ? ui.text("registerScreen.field.date") : "");
            if (!date.unreadable()) {
                day.set(date.date().orElse(null));
            }
        });
        return field;
    }

    private void showRows(List<RegisterRow> rows) {
        RegisterRow selected = table.getSelectionModel().getSelectedItem();
        Long wanted = model.focusProperty().get() != null ? model.focusProperty().get() : selected == null ? null : selected.id();
        table.getItems().setAll(rows);
        Optional<RegisterRow> kept = rows.stream().filter(r -> wanted != null && r.id() == wanted).findFirst();
        if (kept.isPresent()) {
            select(kept.get());
        } else if (!rows.isEmpty()) {
            // The book is read from its newest entries: the end is what changed last.
            table.scrollTo(rows.size() - 1);
        }
    }

    private void select(RegisterRow row) {
        table.getSelectionModel().select(row);
        table.scrollTo(row);
    }

    private void showDetail(RegisterRow row) {
        if (row == null) {
            detail.setText(ui.text("registerScreen.detail.none"));
            return;
        }
        detail.setText(words.detail(row));
    }

    private void receive() {
        ReceiptDialog.show(ui, model.receipt()).ifPresent(model::received);
    }

    private void waste() {
        WasteDialog.show(ui, model.waste()).ifPresent(model::wasted);
    }

    private void correct() {
        Optional.ofNullable(table.getSelectionModel().getSelectedItem()).filter(RegisterRow::correctable).ifPresent(row ->
                CorrectionDialog.show(ui, model.correction(row)).ifPresent(written -> model.corrected(row.entry(), written)));
    }

    /** CD-1: from a correction to the entry it reverses, and back. */
    private void showLinked() {
        Optional.ofNullable(table.getSelectionModel().getSelectedItem()).flatMap(model::linked).ifPresent(this::select);
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(ui.text(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
