package com.fieldwork.core.inventory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A warehouse whose available stock of a part fell under the reorder point, with what to do about it: take
 * {@code transferQuantity} from a sibling warehouse of the same branch, buy {@code purchaseQuantity}, or both.
 *
 * @param transferFrom the warehouse to take from; empty when no store of the branch has stock to spare
 */
public record LowStockAlert(StockLine line, Optional<StockLocation> transferFrom, BigDecimal transferQuantity,
                            BigDecimal purchaseQuantity) {

    public LowStockAlert {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(transferFrom, "transferFrom");
        Objects.requireNonNull(transferQuantity, "transferQuantity");
        Objects.requireNonNull(purchaseQuantity, "purchaseQuantity");
    }

    /** How far under the reorder point the warehouse is. */
    public BigDecimal shortBy() {
        return line.reorderPoint().subtract(line.available());
    }

    /** "Transfer 12 from North warehouse", "Buy 40", or "Transfer 5 from North warehouse and buy 35". */
    public String suggestion() {
        List<String> steps = new ArrayList<>();
        transferFrom.filter(f -> transferQuantity.signum() > 0)
                .ifPresent(from -> steps.add("transfer " + StockQuantity.plain(transferQuantity) + " from " + from.name()));
        if (purchaseQuantity.signum() > 0) {
            steps.add("buy " + StockQuantity.plain(purchaseQuantity));
        }
        String text = String.join(" and ", steps);
        return text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

}
