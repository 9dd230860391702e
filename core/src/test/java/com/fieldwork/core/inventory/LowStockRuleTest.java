package com.fieldwork.core.inventory;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class LowStockRuleTest {

    private static final StockLocation NORTH = warehouse(1, "North store", 10);
    private static final StockLocation SOUTH = warehouse(2, "South store", 10);
    private static final StockLocation OTHER_BRANCH = warehouse(3, "Boulder store", 20);
    private static final StockLocation VAN = new StockLocation(4, "VAN-1", "Van 1", StockLocationKind.VAN, 10,
            OptionalLong.of(7), false);

    @Test
    void atOrAboveTheReorderPointNothingIsLow() {
        assertThat(LowStockRule.alerts(List.of(line(NORTH, "5", "0", "5")))).isEmpty();
    }

    @Test
    void reservedStockCountsAgainstTheReorderPoint() {
        List<LowStockAlert> alerts = LowStockRule.alerts(List.of(line(NORTH, "8", "4", "5")));

        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.shortBy()).isEqualByComparingTo("1");
            assertThat(a.transferFrom()).isEmpty();
            assertThat(a.purchaseQuantity()).isEqualByComparingTo("6");
            assertThat(a.suggestion()).isEqualTo("Buy 6");
        });
    }

    @Test
    void aSiblingStoreWithStockToSpareIsAskedFirstAndTheRestBought() {
        List<LowStockAlert> alerts = LowStockRule.alerts(List.of(line(NORTH, "1", "0", "5"), line(SOUTH, "8", "0", "5"),
                line(OTHER_BRANCH, "100", "0", "5")));

        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.line().location()).isEqualTo(NORTH);
            assertThat(a.transferFrom()).contains(SOUTH);
            assertThat(a.transferQuantity()).isEqualByComparingTo("3");
            assertThat(a.purchaseQuantity()).isEqualByComparingTo("6");
            assertThat(a.suggestion()).isEqualTo("Transfer 3 from South store and buy 6");
        });
    }

    @Test
    void aSiblingWithPlentyCoversItAllByTransfer() {
        List<LowStockAlert> alerts = LowStockRule.alerts(List.of(line(NORTH, "2", "0", "5"), line(SOUTH, "40", "0", "5")));

        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.transferQuantity()).isEqualByComparingTo("8");
            assertThat(a.purchaseQuantity()).isEqualByComparingTo("0");
            assertThat(a.suggestion()).isEqualTo("Transfer 8 from South store");
        });
    }

    @Test
    void vansAndPartsWithoutAReorderPointRaiseNoAlert() {
        assertThat(LowStockRule.alerts(List.of(line(VAN, "0", "0", "5"), line(NORTH, "0", "0", "0")))).isEmpty();
    }

    @Test
    void partsByLengthAreSuggestedExactlyAndCountedPartsInWholeUnits() {
        StockLine cable = new StockLine(NORTH, 9, "CBL-1", "Cable", "M", new BigDecimal("12.5"), BigDecimal.ZERO,
                new BigDecimal("50"));
        StockLine filter = line(SOUTH, "2.5", "0", "5");

        List<LowStockAlert> alerts = LowStockRule.alerts(List.of(cable, filter));

        assertThat(alerts).extracting(LowStockAlert::purchaseQuantity)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("87.5"), new BigDecimal("8"));
    }

    private static StockLocation warehouse(long id, String name, long branch) {
        return new StockLocation(id, "WH-" + id, name, StockLocationKind.WAREHOUSE, branch, OptionalLong.empty(), false);
    }

    private static StockLine line(StockLocation at, String onHand, String reserved, String reorderPoint) {
        return new StockLine(at, 1, "FLT-200", "Filter", "EA", new BigDecimal(onHand), new BigDecimal(reserved),
                new BigDecimal(reorderPoint));
    }
}
