package com.fieldwork.core.costing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A job's cost, revenue and margin. Every amount is money at 2 decimals; totals are sums of the rounded lines,
 * so the lines a person adds up give the totals shown.
 *
 * @param marginPercent margin over revenue in percent at 1 decimal; empty when there is no revenue
 */
public record JobCost(List<Line> lines, BigDecimal partsCost, BigDecimal laborCost, BigDecimal revenue,
                      BigDecimal margin, Optional<BigDecimal> marginPercent) {

    public enum Kind { PARTS, LABOR }

    /**
     * One part or one labor entry.
     *
     * @param quantity units of the part, or hours worked (2 decimals)
     */
    public record Line(Kind kind, String description, BigDecimal quantity, BigDecimal cost, BigDecimal revenue) {
        public Line {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(cost, "cost");
            Objects.requireNonNull(revenue, "revenue");
        }
    }

    public JobCost {
        lines = List.copyOf(lines);
        Objects.requireNonNull(partsCost, "partsCost");
        Objects.requireNonNull(laborCost, "laborCost");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(margin, "margin");
        Objects.requireNonNull(marginPercent, "marginPercent");
    }

    public BigDecimal totalCost() {
        return partsCost.add(laborCost);
    }
}
