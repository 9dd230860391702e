package com.fieldwork.console.workorder.records;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

import java.util.function.Function;

/** The parts and labor tabs: a table of the view model's rows, its total below, its message when it has no rows. */
public final class RecordTables {

    private RecordTables() {
    }

    public static Node parts(JobPartsViewModel model) {
        TableView<PartRow> table = new TableView<>(model.rows());
        table.setId("parts-table");
        table.getColumns().add(column("Part", 90, PartRow::sku));
        table.getColumns().add(column("Name", 170, PartRow::name));
        table.getColumns().add(numeric(column("Qty", 60, PartRow::quantity)));
        table.getColumns().add(column("From", 150, PartRow::location));
        table.getColumns().add(column("By", 120, PartRow::by));
        table.getColumns().add(column("When", 130, PartRow::when));
        table.getColumns().add(numeric(column("Unit price", 80, PartRow::unitPrice)));
        table.getColumns().add(numeric(column("Amount", 80, PartRow::lineTotal)));
        return withTotal(table, "parts-total", model.totalProperty(), model.messageProperty());
    }

    public static Node labor(JobLaborViewModel model) {
        TableView<LaborRow> table = new TableView<>(model.rows());
        table.setId("labor-table");
        table.getColumns().add(column("Technician", 140, LaborRow::technician));
        table.getColumns().add(column("Worked", 190, LaborRow::time));
        table.getColumns().add(numeric(column("Time", 90, LaborRow::length)));
        table.getColumns().add(column("Kind", 90, LaborRow::kind));
        table.getColumns().add(column("Note", 220, LaborRow::note));
        return withTotal(table, "labor-total", model.totalProperty(), model.messageProperty());
    }

    private static <T> Node withTotal(TableView<T> table, String totalId, ReadOnlyStringProperty total,
                                      ReadOnlyStringProperty message) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.textProperty().bind(message);
        placeholder.getStyleClass().add("text-muted");
        table.setPlaceholder(placeholder);
        Label sum = new Label();
        sum.setId(totalId);
        sum.textProperty().bind(total);
        sum.getStyleClass().add("records-total");
        BorderPane pane = new BorderPane(table);
        pane.setBottom(sum);
        return pane;
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private static <T> TableColumn<T, String> numeric(TableColumn<T, String> column) {
        column.getStyleClass().add("numeric-column");
        return column;
    }
}
