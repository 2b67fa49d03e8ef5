package org.vigil.ui.register;

import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

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

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        text.setText(empty || item == null ? "" : item);
        setGraphic(empty ? null : text);
    }
}
