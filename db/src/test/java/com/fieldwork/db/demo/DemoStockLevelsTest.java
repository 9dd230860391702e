package com.fieldwork.db.demo;

import com.fieldwork.core.inventory.LowStockAlert;
import com.fieldwork.core.inventory.LowStockRule;
import com.fieldwork.core.inventory.StockLine;
import com.fieldwork.core.inventory.StockLocationKind;
import com.fieldwork.db.inventory.JooqInventoryReads;
import com.fieldwork.db.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's stock as the inventory screen shows it: full stores and loaded vans, a few parts running low. */
class DemoStockLevelsTest extends DatabaseTest {

    @Test
    void aFewWarehousePartsAreLowAndNoLevelIsNegative() {
        JooqInventoryReads reads = new JooqInventoryReads(LoadedDemo.on(engine).dsl());
        List<StockLine> stock = reads.stock();
        List<LowStockAlert> alerts = LowStockRule.alerts(stock);

        assertThat(stock).allSatisfy(line -> assertThat(line.onHand().signum()).isNotNegative());
        assertThat(stock).filteredOn(l -> l.location().kind() == StockLocationKind.VAN).isNotEmpty();
        assertThat(alerts).as(alerts.stream().map(a -> a.line().location().code() + " " + a.line().sku() + " "
                + a.line().available() + "/" + a.line().reorderPoint()).toList().toString()).hasSize(DemoStock.LEFT_LOW);
        assertThat(alerts).allSatisfy(a -> assertThat(a.suggestion()).isNotEmpty());
    }
}
