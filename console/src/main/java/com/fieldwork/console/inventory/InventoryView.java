package com.fieldwork.console.inventory;

import com.fieldwork.core.inventory.LowStockAlert;
import com.fieldwork.core.inventory.StockLocation;
import com.fieldwork.core.inventory.StockLocationKind;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;

import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Objects;
import java.util.Optional;

import static com.fieldwork.console.table.TextColumns.column;
import static com.fieldwork.console.table.TextColumns.fixed;
import static com.fieldwork.console.table.TextColumns.numeric;

/**
 * Stock by location: warehouses and vans on the left; the selected one's parts (low ones highlighted) and its
 * ledger in the middle; the low-stock alerts with their suggestion on the right, one click from the prepared
 * transfer. Receive, Transfer, Adjust and Return open a dialog for those who may manage inventory.
 */
public final class InventoryView extends BorderPane {

    static final String STYLESHEET = Objects.requireNonNull(
            InventoryView.class.getResource("/com/fieldwork/console/app.css")).toExternalForm();
    private static final PseudoClass LOW = PseudoClass.getPseudoClass("low");
    private static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");

    private final InventoryViewModel model;
    private final TableView<StockRow> stock;

    public InventoryView(InventoryViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        getStyleClass().add("inventory-view");
        getStylesheets().add(STYLESHEET);
        stock = stockTable();
        SplitPane middle = new SplitPane(titled("Stock", stock), titled("Ledger", movementTable()));
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.55);
        SplitPane split = new SplitPane(locations(), middle, alerts());
        split.setDividerPositions(0.17, 0.78);
        setTop(toolbar());
        setCenter(split);
    }

    private HBox toolbar() {
        Label title = new Label("Inventory");
        title.getStyleClass().add("title-3");
        Label status = new Label();
        status.setId("inventory-status");
        status.getStyleClass().add("inventory-status");
        status.textProperty().bind(model.statusProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, title, status, gap, action("Receive…", StockMoveKind.RECEIVE),
                action("Transfer…", StockMoveKind.TRANSFER), action("Adjust…", StockMoveKind.ADJUST),
                action("Return…", StockMoveKind.RETURN));
        bar.getStyleClass().add("inventory-toolbar");
        return bar;
    }

    private Button action(String text, StockMoveKind kind) {
        Button button = new Button(text);
        button.setId("inventory-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        button.setDisable(!model.mayManage());
        button.setOnAction(e -> StockMoveDialog.open(model.form(kind,
                Optional.ofNullable(stock.getSelectionModel().getSelectedItem())), getScene().getWindow()));
        return button;
    }

    private VBox locations() {
        ListView<StockLocation> list = new ListView<>(model.locations());
        list.setId("inventory-locations");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(StockLocation item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + "\n"
                        + (item.kind() == StockLocationKind.VAN ? "Van" : "Warehouse") + " · " + item.code());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(now);
            }
        });
        return titled("Locations", list);
    }

    private TableView<StockRow> stockTable() {
        TableView<StockRow> table = new TableView<>(model.stock());
        table.setId("inventory-stock");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("Part", 180, StockRow::part));
        table.getColumns().add(column("SKU", 90, StockRow::sku));
        table.getColumns().add(fixed(column("Unit", 48, StockRow::unit)));
        table.getColumns().add(fixed(numeric(column("On hand", 88, StockRow::onHand))));
        table.getColumns().add(fixed(numeric(column("Reserved", 92, StockRow::reserved))));
        table.getColumns().add(fixed(numeric(column("Available", 94, StockRow::available))));
        table.getColumns().add(fixed(numeric(column("Reorder at", 104, StockRow::reorderPoint))));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(StockRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(LOW, !empty && item != null && item.low());
                pseudoClassStateChanged(NEGATIVE, !empty && item != null && item.negative());
            }
        });
        table.setPlaceholder(new Label("This location holds no parts"));
        return table;
    }

    private TableView<MovementRow> movementTable() {
        TableView<MovementRow> table = new TableView<>(model.movements());
        table.setId("inventory-movements");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(fixed(column("When", 112, MovementRow::when)));
        table.getColumns().add(fixed(column("Kind", 80, MovementRow::kind)));
        table.getColumns().add(column("Part", 200, MovementRow::part));
        table.getColumns().add(fixed(numeric(column("Qty", 60, MovementRow::quantity))));
        table.getColumns().add(column("From / to", 170, MovementRow::counterpart));
        table.getColumns().add(column("By", 110, MovementRow::by));
        table.getColumns().add(column("Reason", 130, MovementRow::reason));
        table.setPlaceholder(new Label("No movements at this location"));
        return table;
    }

    private VBox alerts() {
        ListView<LowStockAlert> list = new ListView<>(model.alerts());
        list.setId("inventory-alerts");
        list.setCellFactory(v -> new AlertCell());
        list.setPlaceholder(new Label("No warehouse is under a reorder point"));
        return titled("Low stock", list);
    }

    /** An alert: what is low where, the suggestion, and a button that prepares it. */
    private final class AlertCell extends ListCell<LowStockAlert> {
        private final Label text = new Label();
        private final Button prepare = new Button();
        private final VBox box = new VBox(4, text, prepare);

        AlertCell() {
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.getStyleClass().add("alert-text");
            prepare.getStyleClass().addAll("small", "alert-prepare");
            prepare.setDisable(!model.mayManage());
            box.getStyleClass().add("low-stock-alert");
            // wrap inside the list instead of widening it
            setPrefWidth(0);
            listViewProperty().addListener((o, was, list) -> {
                if (list != null) {
                    text.maxWidthProperty().bind(list.widthProperty().subtract(30));
                }
            });
        }

        @Override
        protected void updateItem(LowStockAlert item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            text.setText(InventoryViewModel.describe(item));
            prepare.setText(item.transferFrom().isPresent() ? "Prepare transfer…" : "Prepare receipt…");
            prepare.setOnAction(e -> StockMoveDialog.open(model.formFor(item), getScene().getWindow()));
            setGraphic(box);
        }
    }

    private static VBox titled(String title, javafx.scene.Node content) {
        Label caption = new Label(title);
        caption.getStyleClass().add("inventory-caption");
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox box = new VBox(4, caption, content);
        box.getStyleClass().add("inventory-pane");
        return box;
    }
}
