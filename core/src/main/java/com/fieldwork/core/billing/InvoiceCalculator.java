package com.fieldwork.core.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Prices a completed job. Rules, each in one place:
 * <ul>
 *   <li>labor: one line per technician, billable minutes as hours ({@link BillingMath#hours}) × their hourly rate;</li>
 *   <li>parts: one line per part used, at the customer's price list price, else the catalog price;</li>
 *   <li>fee: the template's fixed fee; only when the template has none, the price list's fee;</li>
 *   <li>tax: the company's default rate on every line (the schema keeps no per-item rate);</li>
 *   <li>warranty (asset warranty runs through the completion day) wins over contract (customer's contract runs
 *       through it); either way the draft is priced as usual and one discount line per tax rate brings it to
 *       zero, naming the reason.</li>
 * </ul>
 */
public final class InvoiceCalculator {

    private InvoiceCalculator() {
    }

    public static InvoiceDraft draft(BillableWork work) {
        List<InvoiceLine> lines = new ArrayList<>();
        BigDecimal rate = work.taxRate();
        for (BillableWork.Labor labor : work.labor()) {
            BigDecimal hours = BillingMath.hours(labor.minutes());
            if (hours.signum() > 0) {
                lines.add(InvoiceLine.of(InvoiceLineKind.LABOR, "Labor: " + labor.technician(), hours,
                        labor.hourlyRate(), rate));
            }
        }
        for (BillableWork.PartConsumed part : work.parts()) {
            if (part.quantity().signum() > 0) {
                lines.add(new InvoiceLine(InvoiceLineKind.PART, part.sku() + " " + part.name(), part.part(),
                        part.quantity(), part.unitPrice(), rate));
            }
        }
        work.templateFee().or(work::priceListFee)
                .filter(fee -> fee.amount().signum() > 0)
                .ifPresent(fee -> lines.add(InvoiceLine.of(InvoiceLineKind.FEE, fee.description(), BigDecimal.ONE,
                        fee.amount(), rate)));
        Optional<Coverage> coverage = coverage(work);
        if (coverage.isEmpty()) {
            return new InvoiceDraft(work.currency(), lines, Optional.empty(), Optional.empty());
        }
        String reason = reason(coverage.get(), work);
        lines.addAll(cancellingDiscounts(lines, coverage.get().label()));
        return new InvoiceDraft(work.currency(), lines, coverage, Optional.of(reason + ": not billed to the customer"));
    }

    /** Warranty first: it is the manufacturer's or ours, and says more about the job than a contract does. */
    static Optional<Coverage> coverage(BillableWork work) {
        LocalDate day = work.completedOn();
        if (work.warrantyUntil().filter(until -> !day.isAfter(until)).isPresent()) {
            return Optional.of(Coverage.WARRANTY);
        }
        if (work.contractUntil().filter(until -> !day.isAfter(until)).isPresent()) {
            return Optional.of(Coverage.CONTRACT);
        }
        return Optional.empty();
    }

    private static String reason(Coverage coverage, BillableWork work) {
        LocalDate until = coverage == Coverage.WARRANTY ? work.warrantyUntil().orElseThrow()
                : work.contractUntil().orElseThrow();
        return coverage.label() + " (until " + until + ")";
    }

    /** One discount per tax rate, so each rate's base and tax come to zero as well as the total. */
    private static List<InvoiceLine> cancellingDiscounts(List<InvoiceLine> lines, String label) {
        Map<BigDecimal, BigDecimal> baseByRate = new TreeMap<>();
        lines.forEach(line -> baseByRate.merge(line.taxRate(), line.lineTotal(), BigDecimal::add));
        return baseByRate.entrySet().stream()
                .filter(e -> e.getValue().signum() > 0)
                .map(e -> InvoiceLine.of(InvoiceLineKind.DISCOUNT, label, BigDecimal.ONE, e.getValue().negate(),
                        e.getKey()))
                .toList();
    }
}
