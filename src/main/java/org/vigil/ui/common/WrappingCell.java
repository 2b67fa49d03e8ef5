package org.vigil.ui.common;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps at its column's width and makes the row as tall as it needs, so a
 * long reason, a list of flags or a course's name is read whole instead of ending in "…" (issue 15,
 * item 7). The cell's text stays set for tests and screen readers; only the wrapped graphic is drawn.
 */
public final class WrappingCell<R> extends TableCell<R, String> {

    /** The cell's own padding on both sides, so wrapped text never runs under the next column. */
    private static final double CELL_PADDING = 12;

    private final Text text = new Text();

    private WrappingCell(TableColumn<R, String> column, String styleClass) {
        text.getStyleClass().addAll("text", styleClass);
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(CELL_PADDING));
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefHeight(Control.USE_COMPUTED_SIZE);
    }

    /** Makes every cell of {@code column} wrap; {@code styleClass} styles its text. */
    public static <R> void wrap(TableColumn<R, String> column, String styleClass) {
        column.setCellFactory(c -> new WrappingCell<>(column, styleClass));
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        String shown = empty || item == null ? null : item;
        text.setText(shown == null ? "" : shown);
        setGraphic(shown == null ? null : text);
        setText(shown);
    }
}
