package com.fieldwork.core.billing;

import com.fieldwork.core.common.ValidationException;

import java.math.BigDecimal;
import java.util.List;

/**
 * A credit of an amount rather than of chosen lines (a goodwill reduction, a price agreed afterwards): one line
 * of that amount before tax, at the invoice's tax rate, so the credit note's tax follows the invoice's. An
 * invoice with lines at several rates has no single rate to use: credit its lines instead.
 */
public final class CreditAmount {

    private CreditAmount() {
    }

    /**
     * @param net    the amount credited before tax
     * @param reason why, printed on the line
     * @throws ValidationException     for no amount, zero or less, or more than two decimals
     * @throws InvoiceRefusedException when the invoice's lines have more than one tax rate
     */
    public static InvoiceLine line(Invoice invoice, BigDecimal net, String reason) {
        if (net == null || net.signum() <= 0) {
            throw new ValidationException("amount", "Credit an amount of more than zero"
                    + (net == null ? "" : ", got " + net.toPlainString()));
        }
        List<BigDecimal> rates = invoice.lines().stream().map(InvoiceLine::taxRate).distinct().toList();
        if (rates.size() > 1) {
            throw new InvoiceRefusedException("Cannot credit an amount on " + invoice.label()
                    + ": its lines have " + rates.size() + " tax rates; credit chosen lines instead");
        }
        BigDecimal rate = rates.isEmpty() ? BigDecimal.ZERO : rates.get(0);
        String description = "Credit" + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
        return InvoiceLine.of(InvoiceLineKind.FEE, description.length() > 500 ? description.substring(0, 500) : description,
                BigDecimal.ONE, net, rate);
    }

    /** What is left to credit on an invoice, tax included: its total less the credit notes already issued. */
    public static BigDecimal creditable(Invoice invoice) {
        return invoice.totals().total().subtract(invoice.credited());
    }
}
