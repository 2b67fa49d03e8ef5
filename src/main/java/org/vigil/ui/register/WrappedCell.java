package org.vigil.ui.register;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.vigil.ui.common.UiContext;

/**
 * A register table's cell whose text wraps at the column's width and makes its line as tall as
 * it needs, so a long supplier address, a reason or several signatures stay readable in full.
 */
final class WrappedCell<R> extends TableCell<R, String> {

    /** The cell's own padding on both sides, so wrapped text never runs under the next column. */
    private static final double CELL_PADDING = 12;

    private final Text text = new Text();

    WrappedCell(TableColumn<R, String> column) {
        text.getStyleClass().add("register-cell-text");
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(CELL_PADDING));
        setPrefHeight(Control.USE_COMPUTED_SIZE);
    }

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
        column.setCellFactory(c -> new WrappedCell<>(column));
        table.getColumns().add(column);
        return column;
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        text.setText(empty || item == null ? "" : item);
        setGraphic(empty ? null : text);
    }
}
