package org.vigil.ui.register;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.vigil.service.DrugRegister.LotLine;
import org.vigil.ui.common.UiContext;

/**
 * The chosen product's stock by lot (CD-2, CD-4): balance and expiry of each lot, with an expired
 * lot and one expiring within the setting's days flagged in colour and in words.
 */
final class StockPanel {

    private final UiContext ui;
    private final EntryText words;
    private final FlowPane lots = new FlowPane(8, 6);
    private final VBox root;

    StockPanel(UiContext ui) {
        this.ui = ui;
        this.words = new EntryText(ui);
        Label title = new Label(ui.text("registerScreen.stock.title"));
        title.getStyleClass().add("field-label");
        lots.setId("registerStock");
        root = new VBox(4, title, lots);
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
        for (LotLine line : stock) {
            Label lot = new Label(ui.text("registerScreen.stock.lot", line.lot().lot(), line.lot().units(),
                    line.lot().expiry().toString(), words.lotState(line, ui.today())));
            lot.setId("stock-" + line.lot().lot());
            lot.getStyleClass().addAll("stock-lot", line.lot().units() == 0 ? "stock-empty"
                    : line.expired() ? "stock-expired" : line.expiresSoon() ? "stock-expiring" : "stock-in-date");
            lots.getChildren().add(lot);
        }
    }
}
