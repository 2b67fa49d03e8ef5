package org.vigil.ui.register;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.vigil.service.DrugRegister.LotLine;
import org.vigil.ui.common.UiContext;

/**
 * The chosen product's stock by lot (CD-2, CD-4): balance and expiry of each lot, with an expired
 * lot and one expiring within the setting's days flagged in colour and in words. Lots that still
 * hold units come first, earliest expiry first.
 */
final class StockPanel {

    private final UiContext ui;
    private final EntryText words;
    private final VBox lots = new VBox(4);
    private final VBox root;

    StockPanel(UiContext ui) {
        this.ui = ui;
        this.words = new EntryText(ui);
        Label title = new Label(ui.text("registerScreen.stock.title"));
        title.getStyleClass().add("field-label");
        lots.setId("registerStock");
        // A lot a line, scrolled when there are many, so the book keeps its height.
        ScrollPane list = new ScrollPane(lots);
        list.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        list.setFitToWidth(true);
        list.getStyleClass().add("stock-list");
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        root = new VBox(4, title, list);
        root.getStyleClass().add("stock-panel");
    }

    VBox root() {
        return root;
    }

    void show(List<LotLine> stock) {
        lots.getChildren().clear();
        if (stock.isEmpty()) {
            lots.getChildren().add(new Label(ui.text("registerScreen.stock.none")));
        }
        List<LotLine> shown = java.util.stream.Stream.concat(stock.stream().filter(l -> l.lot().units() > 0),
                stock.stream().filter(l -> l.lot().units() == 0)).toList();
        for (LotLine line : shown) {
            Label lot = new Label(ui.text("registerScreen.stock.lot", line.lot().lot(), line.lot().units(),
                    words.expiry(line.lot().expiry()), words.lotState(line, ui.today())));
            lot.setId("stock-" + line.lot().lot());
            lot.setMaxWidth(Double.MAX_VALUE);
            // A flag is read in full, on two lines if it must be: it is the reason the lot stands out.
            lot.setWrapText(true);
            lot.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            lot.getStyleClass().addAll("stock-lot", line.lot().units() == 0 ? "stock-empty"
                    : line.expired() ? "stock-expired" : line.expiresSoon() ? "stock-expiring" : "stock-in-date");
            lots.getChildren().add(lot);
        }
    }
}
