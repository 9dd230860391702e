package com.fieldwork.core.inventory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Low-stock alerts and what to do about each. A warehouse is low on a part when on hand less reserved is under
 * the part's reorder point. It is refilled up to twice the reorder point (a common min/max rule: the reorder
 * point is the minimum, twice it the maximum, so an order is not placed again the next day): first from the
 * warehouse of the same branch with the most to spare above its own reorder point, the rest bought. Whole units
 * are suggested (rounded up) for parts counted in units, exact amounts for parts by length or volume.
 */
public final class LowStockRule {

    private static final BigDecimal TARGET_FACTOR = BigDecimal.valueOf(2);

    private LowStockRule() {
    }

    /** Alerts for every low line, most short first (relative to the reorder point), then by location and SKU. */
    public static List<LowStockAlert> alerts(List<StockLine> stock) {
        List<LowStockAlert> alerts = new ArrayList<>();
        for (StockLine line : stock) {
            if (line.low()) {
                alerts.add(alert(line, stock));
            }
        }
        alerts.sort(Comparator.comparing((LowStockAlert a) -> a.line().available().divide(a.line().reorderPoint(),
                        6, java.math.RoundingMode.HALF_UP))
                .thenComparing(a -> a.line().location().code())
                .thenComparing(a -> a.line().sku()));
        return alerts;
    }

    static LowStockAlert alert(StockLine low, List<StockLine> stock) {
        BigDecimal needed = whole(low, low.reorderPoint().multiply(TARGET_FACTOR).subtract(low.available()));
        Optional<StockLine> donor = stock.stream()
                .filter(s -> s.partId() == low.partId() && s.location().id() != low.location().id())
                .filter(s -> s.location().branchId() == low.location().branchId())
                .filter(s -> s.surplus().signum() > 0)
                .max(Comparator.comparing(StockLine::surplus));
        BigDecimal transfer = donor.map(d -> floor(low, d.surplus()).min(needed)).orElse(BigDecimal.ZERO);
        return new LowStockAlert(low, donor.filter(d -> transfer.signum() > 0).map(StockLine::location),
                transfer, needed.subtract(transfer));
    }

    private static BigDecimal whole(StockLine line, BigDecimal quantity) {
        return counted(line) ? quantity.setScale(0, java.math.RoundingMode.CEILING) : quantity;
    }

    private static BigDecimal floor(StockLine line, BigDecimal quantity) {
        return counted(line) ? quantity.setScale(0, java.math.RoundingMode.FLOOR) : quantity;
    }

    private static boolean counted(StockLine line) {
        return "EA".equalsIgnoreCase(line.unit());
    }
}
