package org.vigil.ui.register;

import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.vigil.domain.register.Signer;
import org.vigil.ui.common.UiContext;

/**
 * One book's lines as the register prints them (CD-4): number, date and time, kind, why the line
 * stands out, lot and expiry, units in and out, the balances of the product and of the lot after
 * the entry, mg and mL, patient, people, details and every signature (SIG-1). A line awaiting the
 * prescriber, one whose signatures no longer hold (SIG-3) and the two halves of a correction
 * (CD-1) are tinted, and always said in words in the status column.
 */
final class BookTable {

    private final TableView<RegisterRow> table = new TableView<>();

    BookTable(UiContext ui) {
        EntryText words = new EntryText(ui);
        table.setId("registerTable");
        table.getStyleClass().add("register-table");
        table.setPlaceholder(new Label(ui.text("registerScreen.book.empty")));
        column(ui, "number", 56, r -> words.number(r.id()));
        column(ui, "when", 150, r -> words.when(r.entry().content().at()));
        column(ui, "kind", 120, r -> words.kind(r.entry().kind()));
        column(ui, "status", 180, words::marks).getStyleClass().add("register-status-column");
        column(ui, "lot", 120, r -> r.entry().lot());
        column(ui, "expiry", 112, r -> words.expiry(r.entry().content().expiry()));
        column(ui, "in", 48, r -> words.unitsIn(r.entry()));
        column(ui, "out", 48, r -> words.unitsOut(r.entry()));
        column(ui, "productBalance", 72, r -> String.valueOf(r.line().line().productBalance()));
        column(ui, "lotBalance", 100, r -> String.valueOf(r.line().line().lotBalance()));
        column(ui, "patient", 200, r -> words.patient(r.entry().content()));
        column(ui, "amount", 96, r -> words.amount(r.entry().content()));
        column(ui, "prescriber", 120, r -> r.entry().content().prescriber().map(Signer::name).orElse(""));
        column(ui, "enteredBy", 120, r -> r.entry().content().enteredBy().name());
        column(ui, "witness", 120, r -> r.entry().content().witness().map(Signer::name).orElse(""));
        column(ui, "details", 300, r -> words.details(r.entry().content()));
        column(ui, "signatures", 360, r -> words.signatures(r.line()));
        table.setRowFactory(t -> new MarkedRow());
    }

    TableView<RegisterRow> table() {
        return table;
    }

    private TableColumn<RegisterRow, String> column(UiContext ui, String name, double width, Function<RegisterRow, String> value) {
        return RegisterColumns.column(ui, table, "col-" + name, name, width, value);
    }

    /** The line's tint: a signature that no longer holds first, then one awaited, then a correction's two halves. */
    private static final class MarkedRow extends TableRow<RegisterRow> {
        @Override
        protected void updateItem(RegisterRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("row-signature-broken", "row-awaiting-signature", "row-correction");
            if (empty || item == null) {
                return;
            }
            var marks = item.marks();
            if (marks.contains(RegisterRow.Mark.SIGNATURES_BROKEN)) {
                getStyleClass().add("row-signature-broken");
            } else if (marks.contains(RegisterRow.Mark.AWAITING_PRESCRIBER)) {
                getStyleClass().add("row-awaiting-signature");
            } else if (marks.contains(RegisterRow.Mark.CORRECTION) || marks.contains(RegisterRow.Mark.CORRECTED)) {
                getStyleClass().add("row-correction");
            }
        }
    }
}
