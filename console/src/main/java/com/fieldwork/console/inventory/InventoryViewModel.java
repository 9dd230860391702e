package com.fieldwork.console.inventory;

import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.audit.Change;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.inventory.InventoryReads;
import com.fieldwork.core.inventory.LowStockAlert;
import com.fieldwork.core.inventory.LowStockRule;
import com.fieldwork.core.inventory.StockLedger;
import com.fieldwork.core.inventory.StockLine;
import com.fieldwork.core.inventory.StockLocation;
import com.fieldwork.core.inventory.StockLocationKind;
import com.fieldwork.core.security.Permission;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The inventory screen: warehouses and vans, the stock of the one selected with its ledger, the low-stock alerts
 * of every warehouse, and the forms that move stock. Reads everything in one go off the FX thread and again when
 * the change feed reports a stock change from anywhere (a phone using a part, another console).
 */
public final class InventoryViewModel {

    /** The change feed's names of what this screen shows. */
    static final Set<String> ENTITIES = Set.of("stock_movement", "stock_level", "stock_reservation",
            "stock_location", "part");
    private static final int LEDGER_ROWS = 200;

    private final InventoryReads reads;
    private final StockLedger ledger;
    private final TaskExecutor executor;
    private final Actor actor;
    private final MovementRows movementRows;
    private final ObservableList<StockLocation> locations = FXCollections.observableArrayList();
    private final ObservableList<StockRow> stock = FXCollections.observableArrayList();
    private final ObservableList<MovementRow> movements = FXCollections.observableArrayList();
    private final ObservableList<LowStockAlert> alerts = FXCollections.observableArrayList();
    private final ObjectProperty<StockLocation> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private List<StockLine> allStock = List.of();

    public InventoryViewModel(InventoryReads reads, StockLedger ledger, TaskExecutor executor, Actor actor,
                              ZoneId zone) {
        this.reads = Objects.requireNonNull(reads, "reads");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.movementRows = new MovementRows(Objects.requireNonNull(zone, "zone"));
        selected.addListener((o, was, now) -> {
            showStock();
            loadMovements();
        });
    }

    private record Snapshot(List<StockLocation> locations, List<StockLine> stock, List<LowStockAlert> alerts) {
    }

    /** Reads locations, stock and alerts; keeps the selected location (or selects the first). */
    public void load() {
        status.set("Loading stock…");
        executor.submit("Loading stock", p -> {
            List<StockLine> lines = reads.stock();
            return new Snapshot(reads.locations(), lines, LowStockRule.alerts(lines));
        }, snapshot -> {
            allStock = snapshot.stock();
            locations.setAll(snapshot.locations());
            alerts.setAll(snapshot.alerts());
            status.set(snapshot.alerts().isEmpty() ? "No warehouse is under a reorder point"
                    : snapshot.alerts().size() + (snapshot.alerts().size() == 1 ? " part is" : " parts are")
                    + " under the reorder point");
            long keep = selected.get() == null ? -1 : selected.get().id();
            StockLocation again = snapshot.locations().stream().filter(l -> l.id() == keep).findFirst()
                    .orElse(snapshot.locations().isEmpty() ? null : snapshot.locations().get(0));
            if (again != null && again.equals(selected.get())) {
                showStock();
                loadMovements();
            } else {
                selected.set(again);
            }
        }, failure -> status.set("Could not load the stock: " + failure.getMessage()));
    }

    /** A change-feed batch: reload when any of it is about stock. */
    public void applyChanges(Collection<Change> changes) {
        if (changes.stream().anyMatch(c -> ENTITIES.contains(c.entity()))) {
            load();
        }
    }

    private void showStock() {
        StockLocation at = selected.get();
        stock.setAll(at == null ? List.of() : allStock.stream().filter(l -> l.location().id() == at.id())
                .map(StockRow::of).toList());
    }

    private void loadMovements() {
        StockLocation at = selected.get();
        if (at == null) {
            movements.clear();
            return;
        }
        Map<Long, StockLocation> byId = new LinkedHashMap<>();
        locations.forEach(l -> byId.put(l.id(), l));
        executor.submit("Loading the ledger", p -> reads.movements(at.id(), LEDGER_ROWS),
                lines -> {
                    if (at.equals(selected.get())) {
                        movements.setAll(lines.stream().map(m -> movementRows.row(m, at.id(), byId)).toList());
                    }
                }, failure -> status.set("Could not load the ledger: " + failure.getMessage()));
    }

    public boolean mayManage() {
        return actor.can(Permission.INVENTORY_MANAGE);
    }

    /** A blank form of the kind, with the selected location (and part) filled in where they fit. */
    public StockMoveForm form(StockMoveKind kind, Optional<StockRow> selectedRow) {
        StockMoveForm form = new StockMoveForm(kind, ledger, executor, actor, List.copyOf(locations), partChoices());
        StockLocation at = selected.get();
        if (at != null) {
            switch (kind) {
                case RECEIVE -> form.destinationProperty().set(at);
                case TRANSFER, ADJUST -> form.sourceProperty().set(at);
                case RETURN -> {
                    if (at.kind() == StockLocationKind.VAN) {
                        form.sourceProperty().set(at);
                        warehouseOf(at.branchId()).ifPresent(form.destinationProperty()::set);
                    }
                }
            }
        }
        selectedRow.ifPresent(row -> form.partProperty().set(choice(row.line())));
        return form;
    }

    /** The alert's suggestion made into a form: the transfer from the sibling store, or a receipt to buy. */
    public StockMoveForm formFor(LowStockAlert alert) {
        boolean transfer = alert.transferFrom().isPresent();
        StockMoveForm form = new StockMoveForm(transfer ? StockMoveKind.TRANSFER : StockMoveKind.RECEIVE, ledger,
                executor, actor, List.copyOf(locations), partChoices());
        alert.transferFrom().ifPresent(form.sourceProperty()::set);
        form.destinationProperty().set(alert.line().location());
        form.partProperty().set(choice(alert.line()));
        form.quantityProperty().set(Quantities.plain(transfer ? alert.transferQuantity() : alert.purchaseQuantity()));
        return form;
    }

    private Optional<StockLocation> warehouseOf(long branchId) {
        return locations.stream().filter(l -> l.branchId() == branchId && l.kind() == StockLocationKind.WAREHOUSE)
                .findFirst();
    }

    private List<PartChoice> partChoices() {
        Map<Long, PartChoice> parts = new LinkedHashMap<>();
        allStock.stream().sorted(Comparator.comparing(StockLine::sku))
                .forEach(l -> parts.putIfAbsent(l.partId(), choice(l)));
        return List.copyOf(parts.values());
    }

    private static PartChoice choice(StockLine line) {
        return new PartChoice(line.partId(), line.partLabel());
    }

    /** One line of the alerts list: where, what, how far under, and what to do. */
    public static String describe(LowStockAlert alert) {
        StockLine line = alert.line();
        return line.location().name() + " · " + line.partLabel() + "\n" + Quantities.plain(line.available())
                + " " + line.unit() + " available, reorder point " + Quantities.plain(line.reorderPoint())
                + " — " + alert.suggestion();
    }

    public ObservableList<StockLocation> locations() {
        return locations;
    }

    public ObservableList<StockRow> stock() {
        return stock;
    }

    public ObservableList<MovementRow> movements() {
        return movements;
    }

    public ObservableList<LowStockAlert> alerts() {
        return alerts;
    }

    public ObjectProperty<StockLocation> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
