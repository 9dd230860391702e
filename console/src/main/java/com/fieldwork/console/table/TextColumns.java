package com.fieldwork.console.table;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

import java.util.function.Function;

/**
 * Read-only table columns of text, as the inventory and invoices screens show them: not sortable (the screen
 * orders its rows), figures right-aligned through the stylesheet's {@code numeric} class.
 */
public final class TextColumns {

    private TextColumns() {
    }

    public static <R> TableColumn<R, String> column(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /** Figures keep their width; the column of names gives way when the table is narrow. */
    public static <R> TableColumn<R, String> fixed(TableColumn<R, String> column) {
        column.setMinWidth(column.getPrefWidth());
        return column;
    }

    public static <R> TableColumn<R, String> numeric(TableColumn<R, String> column) {
        column.getStyleClass().add("numeric");
        return column;
    }
}
