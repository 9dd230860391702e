package com.fieldwork.core.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Subtotal, tax per rate and total of a set of lines, rounded as {@link BillingMath} says. */
public record InvoiceTotals(BigDecimal subtotal, List<TaxAmount> taxes, BigDecimal taxTotal, BigDecimal total) {

    public static final InvoiceTotals ZERO = of(List.of());

    public InvoiceTotals {
        Objects.requireNonNull(subtotal, "subtotal");
        taxes = List.copyOf(taxes);
        Objects.requireNonNull(taxTotal, "taxTotal");
        Objects.requireNonNull(total, "total");
    }

    public static InvoiceTotals of(List<InvoiceLine> lines) {
        Map<BigDecimal, BigDecimal> baseByRate = new TreeMap<>();
        BigDecimal subtotal = BigDecimal.ZERO.setScale(BillingMath.MONEY_SCALE);
        for (InvoiceLine line : lines) {
            BigDecimal lineTotal = line.lineTotal();
            subtotal = subtotal.add(lineTotal);
            baseByRate.merge(line.taxRate(), lineTotal, BigDecimal::add);
        }
        List<TaxAmount> taxes = baseByRate.entrySet().stream()
                .map(e -> new TaxAmount(e.getKey(), e.getValue(), BillingMath.tax(e.getValue(), e.getKey())))
                .toList();
        BigDecimal taxTotal = taxes.stream().map(TaxAmount::tax)
                .reduce(BigDecimal.ZERO.setScale(BillingMath.MONEY_SCALE), BigDecimal::add);
        return new InvoiceTotals(subtotal, taxes, taxTotal, subtotal.add(taxTotal));
    }
}
