package com.fieldwork.console.inventory;

import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.core.audit.Change;
import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.inventory.LowStockAlert;
import com.fieldwork.core.inventory.StockMovementKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryViewModelTest {

    private final FakeStock stock = new FakeStock();
    private InventoryViewModel model;
    private int done;

    @BeforeEach
    void load() {
        model = new InventoryViewModel(stock, stock, new SynchronousTaskExecutor(), FakeStock.MANAGER,
                ZoneId.of("America/Denver"));
        model.load();
    }

    @Test
    void theFirstWarehouseIsShownWithItsLowPartMarkedAndOneAlertWithATransferFromTheSiblingStore() {
        assertThat(model.selectedProperty().get()).isEqualTo(FakeStock.MAIN);
        assertThat(model.stock()).extracting(StockRow::sku, StockRow::available, StockRow::low)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CAP-45", "25", false),
                        org.assertj.core.groups.Tuple.tuple("FLT-200", "3", true));
        assertThat(model.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.line().location()).isEqualTo(FakeStock.MAIN);
            assertThat(alert.suggestion()).isEqualTo("Transfer 7 from Denver east store");
        });
        assertThat(InventoryViewModel.describe(model.alerts().get(0))).isEqualTo(
                "Denver warehouse · FLT-200 Filter 16x25\n3 EA available, reorder point 5 — Transfer 7 from Denver east store");
        assertThat(model.statusProperty().get()).isEqualTo("1 part is under the reorder point");
    }

    @Test
    void theAlertPreparesItsTransferAndOnceDoneTheChangeFeedClearsTheAlert() {
        LowStockAlert alert = model.alerts().get(0);
        StockMoveForm form = model.formFor(alert);

        assertThat(form.kind()).isEqualTo(StockMoveKind.TRANSFER);
        assertThat(form.sourceProperty().get()).isEqualTo(FakeStock.EAST);
        assertThat(form.destinationProperty().get()).isEqualTo(FakeStock.MAIN);
        assertThat(form.quantityProperty().get()).isEqualTo("7");
        assertThat(form.submit(() -> done++)).isTrue();

        assertThat(done).isEqualTo(1);
        assertThat(stock.recorded()).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo(StockMovementKind.TRANSFER));
        model.applyChanges(List.of(new Change(1, "stock_movement", "1", ChangeOperation.INSERT, OptionalLong.of(1),
                Instant.EPOCH)));
        assertThat(model.alerts()).isEmpty();
        assertThat(model.stock()).extracting(StockRow::available).containsExactly("25", "10");
        assertThat(model.movements()).singleElement().satisfies(row -> {
            assertThat(row.quantity()).isEqualTo("+7");
            assertThat(row.counterpart()).isEqualTo("from Denver east store");
        });
    }

    @Test
    void takingMoreThanIsThereShowsTheLedgersRefusalAndMovesNothing() {
        StockMoveForm form = model.form(StockMoveKind.TRANSFER, Optional.of(model.stock().get(1)));
        form.destinationProperty().set(FakeStock.VAN);
        form.quantityProperty().set("9");

        form.submit(() -> done++);

        assertThat(done).isZero();
        assertThat(form.refusalProperty().get())
                .isEqualTo("Not enough FLT-200 at Denver warehouse: requested 9, available 3 (on hand 3, reserved 0)");
        assertThat(stock.recorded()).isEmpty();
        form.quantityProperty().set("2");
        assertThat(form.refusalProperty().get()).isEmpty();
    }

    @Test
    void missingOrWrongFieldsAreSaidUnderEachFieldAndNothingIsAsked() {
        StockMoveForm transfer = model.form(StockMoveKind.TRANSFER, Optional.empty());
        transfer.destinationProperty().set(FakeStock.MAIN);
        transfer.quantityProperty().set("-2");

        assertThat(transfer.submit(() -> done++)).isFalse();
        assertThat(transfer.locationErrorProperty().get()).isEqualTo("Choose two different locations");
        assertThat(transfer.partErrorProperty().get()).isEqualTo("Choose a part");
        assertThat(transfer.quantityErrorProperty().get()).isEqualTo("A quantity must be more than zero, got -2");

        StockMoveForm adjust = model.form(StockMoveKind.ADJUST, Optional.of(model.stock().get(0)));
        adjust.quantityProperty().set("two");
        assertThat(adjust.submit(() -> done++)).isFalse();
        assertThat(adjust.quantityErrorProperty().get()).isEqualTo("\"two\" is not a number");
        assertThat(adjust.reasonErrorProperty().get()).startsWith("Say why the count differs");
        adjust.quantityProperty().set("-2");
        adjust.reasonProperty().set("two found damaged");
        assertThat(adjust.submit(() -> done++)).isTrue();

        assertThat(stock.recorded()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(StockMovementKind.ADJUST);
            assertThat(m.reason()).contains("two found damaged");
        });
        assertThat(done).isEqualTo(1);
    }

    @Test
    void aReturnFromTheVanGoesToItsBranchWarehouseAndOneFromAWarehouseIsRefusedByTheLedger() {
        model.selectedProperty().set(FakeStock.VAN);
        assertThat(model.stock()).extracting(StockRow::sku).containsExactly("FLT-200");
        StockMoveForm back = model.form(StockMoveKind.RETURN, Optional.of(model.stock().get(0)));
        assertThat(back.sourceProperty().get()).isEqualTo(FakeStock.VAN);
        assertThat(back.destinationProperty().get()).isEqualTo(FakeStock.MAIN);
        back.quantityProperty().set("1");
        assertThat(back.submit(() -> done++)).isTrue();
        assertThat(done).isEqualTo(1);

        StockMoveForm wrong = model.form(StockMoveKind.RETURN, Optional.of(model.stock().get(0)));
        wrong.sourceProperty().set(FakeStock.EAST);
        wrong.destinationProperty().set(FakeStock.MAIN);
        wrong.quantityProperty().set("1");
        wrong.submit(() -> done++);
        assertThat(wrong.refusalProperty().get()).startsWith("Denver east store is not a van");
        assertThat(stock.recorded()).hasSize(1);
    }

    @Test
    void aDispatcherSeesStockButMayNotMoveIt() {
        InventoryViewModel dispatcher = new InventoryViewModel(stock, stock, new SynchronousTaskExecutor(),
                FakeStock.DISPATCHER, ZoneId.of("UTC"));
        assertThat(dispatcher.mayManage()).isFalse();
        assertThat(model.mayManage()).isTrue();
    }

    @Test
    void changesAboutOtherThingsDoNotReload() {
        int before = stock.reads;
        model.applyChanges(List.of(new Change(1, "work_order", "4", ChangeOperation.UPDATE, OptionalLong.empty(),
                Instant.EPOCH)));
        assertThat(stock.reads).isEqualTo(before);
    }
}
