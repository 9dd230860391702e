package com.fieldwork.console.workorder.records;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import java.util.function.Supplier;
import java.io.File;
import javafx.stage.Window;
import javafx.stage.FileChooser;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** The parts and labor tabs: a table of the view model's rows, its total below, its message when it has no rows. */
public final class RecordTables {

    private RecordTables() {
    }

    /** The parts booked to the job, and (for those who manage stock) a command to give unused ones back. */
    public static Node parts(JobPartsViewModel model, PartsReturns returns, Supplier<Window> window) {
        TableView<PartRow> table = new TableView<>(model.rows());
        table.setId("parts-table");
        table.getColumns().add(twoLines("Part", 190, PartRow::name, PartRow::sku));
        table.getColumns().add(numeric(twoLines("Qty", 70, PartRow::quantity, r -> "")));
        table.getColumns().add(twoLines("Taken from", 210, PartRow::location, r -> r.by() + ", " + r.when()));
        table.getColumns().add(numeric(twoLines("Amount", 90, PartRow::lineTotal, r -> "at " + r.unitPrice())));
        BorderPane pane = (BorderPane) withTotal(table, "parts-total", model.totalProperty(), model.messageProperty());
        if (!returns.mayReturn()) {
            return pane;
        }
        Button giveBack = new Button("Return unused parts…");
        giveBack.setId("parts-return");
        giveBack.setMinWidth(Region.USE_PREF_SIZE);
        giveBack.disableProperty().bind(model.rowsEmptyProperty());
        giveBack.setOnAction(e -> model.shownWorkOrder().ifPresent(id -> returns.prepare(id,
                form -> PartsReturnDialog.open(form, movement -> returns.returned(movement, form), window.get()))));
        Label outcome = new Label();
        outcome.setId("parts-return-message");
        outcome.textProperty().bind(returns.messageProperty());
        HBox bar = new HBox(8, giveBack, outcome);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("records-actions");
        pane.setTop(bar);
        return pane;
    }

    public static Node costing(JobCostViewModel model) {
        TableView<CostRow> table = new TableView<>(model.rows());
        table.setId("costing-table");
        table.getColumns().add(twoLines("Item", 240, CostRow::what, CostRow::detail));
        table.getColumns().add(numeric(twoLines("Qty", 70, CostRow::quantity, r -> "")));
        table.getColumns().add(numeric(twoLines("Cost", 90, CostRow::cost, r -> "")));
        table.getColumns().add(numeric(twoLines("Revenue", 90, CostRow::revenue, r -> "")));
        return withTotal(table, "costing-total", model.totalProperty(), model.messageProperty());
    }

    public static Node labor(JobLaborViewModel model) {
        TableView<LaborRow> table = new TableView<>(model.rows());
        table.setId("labor-table");
        table.getColumns().add(twoLines("Technician", 150, LaborRow::technician, LaborRow::kind));
        table.getColumns().add(twoLines("Worked", 180, LaborRow::time, LaborRow::length));
        table.getColumns().add(twoLines("Note", 200, LaborRow::note, r -> ""));
        return withTotal(table, "labor-total", model.totalProperty(), model.messageProperty());
    }

    /** The job's documents, and a button to attach one (a file chooser over {@code window}). */
    public static Node files(JobFilesViewModel model, ServiceReportViewModel report, Supplier<Window> window) {
        TableView<FileRow> table = new TableView<>(model.rows());
        table.setId("files-table");
        table.getColumns().add(twoLines("Document", 260, FileRow::name, r -> r.type() + ", " + r.size()));
        table.getColumns().add(twoLines("Attached", 200, FileRow::by, FileRow::when));
        BorderPane pane = (BorderPane) withTotal(table, "files-total", model.totalProperty(), model.messageProperty());
        Button attach = new Button("Attach file…");
        attach.setId("files-attach");
        attach.setDisable(!model.mayAttach());
        attach.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Attach a document to the work order");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("PDF, JPEG or PNG (up to 25 MB)", "*.pdf", "*.jpg", "*.jpeg", "*.png"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            File chosen = chooser.showOpenDialog(window.get());
            if (chosen != null) {
                model.attach(chosen.toPath());
            }
        });
        Label outcome = new Label();
        outcome.setId("files-message");
        outcome.textProperty().bind(model.attachMessageProperty());
        HBox bar = new HBox(8, attach, outcome);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("records-actions");
        pane.setTop(new VBox(serviceReportBar(report), bar));
        return pane;
    }

    /** The customer's report of a completed job: opened in the PDF viewer, or made again after a correction. */
    private static Node serviceReportBar(ServiceReportViewModel report) {
        Button open = new Button("Open service report");
        open.setId("report-open");
        open.setDefaultButton(false);
        open.disableProperty().bind(report.busyProperty());
        open.setOnAction(e -> report.open());
        Button regenerate = new Button("Regenerate");
        regenerate.setId("report-regenerate");
        regenerate.setTooltip(new javafx.scene.control.Tooltip(
                "Make a new version from the job as it is now; earlier versions stay in the list"));
        regenerate.setDisable(!report.mayRegenerate());
        if (report.mayRegenerate()) {
            regenerate.disableProperty().bind(report.busyProperty());
        }
        regenerate.setOnAction(e -> report.regenerate());
        Label outcome = new Label();
        outcome.setId("report-message");
        outcome.textProperty().bind(report.messageProperty());
        // the buttons keep their words; a long message is what gets cut, with its whole text in a tooltip
        open.setMinWidth(Region.USE_PREF_SIZE);
        regenerate.setMinWidth(Region.USE_PREF_SIZE);
        outcome.setMinWidth(0);
        javafx.scene.control.Tooltip full = new javafx.scene.control.Tooltip();
        full.textProperty().bind(report.messageProperty());
        outcome.setTooltip(full);
        HBox bar = new HBox(8, open, regenerate, outcome);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("records-actions");
        return bar;
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

    /**
     * A column whose cells read as two lines, the second muted: the detail pane is narrow, and eight columns of
     * cut-off text told a dispatcher nothing.
     */
    private static <T> TableColumn<T, T> twoLines(String title, double width, Function<T, String> main,
                                                 Function<T, String> detail) {
        TableColumn<T, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Label first = new Label();
            private final Label second = new Label();
            private final VBox lines = new VBox(first, second);

            {
                lines.getStyleClass().add("two-lines");
                // no wrapping: a wrapped label's height is asked before the cell has its width, and the row
                // then comes out as tall as the whole table
                second.getStyleClass().add("text-muted");
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                first.setText(main.apply(item));
                second.setText(detail.apply(item));
                second.setManaged(!second.getText().isEmpty());
                second.setVisible(second.isManaged());
                setGraphic(lines);
            }
        });
        return column;
    }

    private static <T> TableColumn<T, T> numeric(TableColumn<T, T> column) {
        column.getStyleClass().add("numeric-column");
        return column;
    }
}
