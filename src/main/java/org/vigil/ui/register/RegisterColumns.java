package org.vigil.ui.register;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.common.WrappingCell;

/** The register's table columns: a long supplier address, a reason or several signatures stay readable in full. */
final class RegisterColumns {

    private RegisterColumns() {}

    /**
     * Adds a column of the register's words to the table: its header from "registerScreen.col." and
     * the name, its cells wrapping; the book's order is the register's, so it is not sorted.
     */
    static <R> TableColumn<R, String> column(UiContext ui, TableView<R> table, String id, String name, double width,
                                             Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(ui.text("registerScreen.col." + name));
        column.setId(id);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        WrappingCell.wrap(column, "register-cell-text");
        table.getColumns().add(column);
        return column;
    }
}
