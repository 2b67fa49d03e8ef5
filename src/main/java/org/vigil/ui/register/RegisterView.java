package org.vigil.ui.register;

import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.vigil.domain.Actor;
import org.vigil.domain.Permission;
import org.vigil.service.Services;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.UiContext;

/**
 * The controlled-drug register area: the book of each product and the counts with their
 * discrepancies for everyone who reads the register; the prescriber's log for prescribers; the
 * product catalogue for the manager. Which
 * parts show follows the user logged in now, who may change at the lock screen.
 */
public final class RegisterView {

    private final Supplier<Actor> actor;
    private final RegisterViewModel book;
    private final PrescriberLogModel log;
    private final ProductCatalogueModel catalogue;
    private final CountsView counts;
    private final TabPane root = new TabPane();
    private final Tab bookTab;
    private final Tab logTab;
    private final Tab productsTab;
    private final Tab countsTab;

    public RegisterView(Services services, UiContext ui, Supplier<Actor> actor) {
        this.actor = actor;
        this.book = new RegisterViewModel(services, ui, actor);
        this.log = new PrescriberLogModel(services, ui, actor, book::refresh);
        this.catalogue = new ProductCatalogueModel(services, ui, actor, book::refresh);
        BookView bookView = new BookView(book);
        // CD-7: everyone who reads the register may print it; the service checks and audits.
        Button print = new Button(ui.text("print.register.dialog.print"));
        print.setId("registerPrint");
        print.setOnAction(e -> RegisterPrintDialog.show(services, ui, print.getScene().getWindow(), actor.get()));
        bookView.addAction(print);
        bookTab = tab(ui.text("registerScreen.tab.book"), "tab-book", bookView.root());
        logTab = tab(ui.text("registerScreen.tab.log"), "tab-log", new PrescriberLogView(log).root());
        productsTab = tab(ui.text("registerScreen.tab.products"), "tab-products", new ProductCatalogueView(catalogue).root());
        this.counts = new CountsView(new CountsModel(services, ui, actor, book::refresh));
        countsTab = tab(ui.text("registerScreen.tab.counts"), "tab-counts", counts.root());
        root.setId("registerView");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.getStyleClass().add("register-view");
        refresh();
    }

    public Parent root() {
        return root;
    }

    /** Reads the register again for the user now logged in, showing only the parts their roles may use. */
    public void refresh() {
        Actor who = actor.get();
        Tab open = root.getSelectionModel().getSelectedItem();
        root.getTabs().setAll(bookTab, countsTab);
        book.refresh();
        counts.refresh();
        if (who.may(Permission.PRESCRIBE)) {
            root.getTabs().add(logTab);
            log.refresh();
        }
        if (who.may(Permission.MANAGE_PRODUCTS)) {
            root.getTabs().add(productsTab);
            catalogue.refresh();
        }
        // Back from another area, the user finds the tab they left, if their roles still show it.
        if (root.getTabs().contains(open)) {
            root.getSelectionModel().select(open);
        }
    }

    /** The tab's line for what was just done, taking no room while empty. */
    static Label notice(TabLines lines, String id) {
        Label notice = new Label();
        notice.setId(id);
        notice.getStyleClass().add("ok-text");
        notice.setWrapText(true);
        notice.textProperty().bind(lines.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        return notice;
    }

    /** The tab's line for why something was not done. */
    static Label message(TabLines lines, String id) {
        Label message = FormField.messageLine(id);
        message.textProperty().bind(lines.messageProperty());
        return message;
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
