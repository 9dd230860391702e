package com.fieldwork.core.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The accounting export: one CSV text with a {@code record} column (INVOICE, LINE, PAYMENT) so one file carries
 * invoices, their lines and payments and a spreadsheet can filter by it. RFC 4180: comma separated, CRLF line
 * ends, a field quoted when it holds a comma, quote, CR or LF, quotes doubled. Hand-written because that is the
 * whole of the format for writing (no parsing, no dialects), and STACK.md lists no CSV library; amounts are plain
 * decimals with a dot, instants ISO-8601 UTC, so any locale reads them the same.
 */
public final class AccountingCsv {

    static final List<String> HEADER = List.of("record", "number", "kind", "status", "customer", "work_order",
            "credited_invoice", "issued_at", "due_at", "currency", "line_kind", "description", "quantity", "unit_price",
            "tax_rate", "amount", "tax", "total", "payment_method", "reference", "received_at");

    private AccountingCsv() {
    }

    public static String write(List<Invoice> invoices, List<Payment> payments) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        Map<Long, Invoice> byId = new HashMap<>();
        for (Invoice invoice : invoices) {
            byId.put(invoice.id(), invoice);
            InvoiceTotals totals = invoice.totals();
            row(out, List.of("INVOICE", invoice.number().orElse(""), invoice.kind().name(), invoice.status().name(),
                    invoice.customerName(), invoice.workOrderNumber().orElse(""), id(invoice.creditedInvoiceId()),
                    instant(invoice.issuedAt()), instant(invoice.dueAt()), invoice.currency(), "", "", "", "", "",
                    money(totals.subtotal()), money(totals.taxTotal()), money(totals.total()), "", "", ""));
            for (InvoiceLine line : invoice.lines()) {
                row(out, List.of("LINE", invoice.number().orElse(""), invoice.kind().name(), "", "", "", "", "", "",
                        invoice.currency(), line.kind().name(), line.description(), line.quantity().toPlainString(),
                        money(line.unitPrice()), line.taxRate().toPlainString(), money(line.lineTotal()), "", "", "",
                        "", ""));
            }
        }
        for (Payment payment : payments) {
            Optional<Invoice> invoice = Optional.ofNullable(byId.get(payment.invoiceId()));
            row(out, List.of("PAYMENT", invoice.flatMap(Invoice::number).orElse("#" + payment.invoiceId()), "", "",
                    invoice.map(Invoice::customerName).orElse(""), "", "", "", "",
                    invoice.map(Invoice::currency).orElse(""), "", "", "", "", "", money(payment.amount()), "", "",
                    payment.method().name(), payment.reference().orElse(""), payment.receivedAt().toString()));
        }
        return out.toString();
    }

    /** RFC 4180 quoting of one field. */
    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, BillingMath.ROUNDING).toPlainString();
    }

    private static String instant(Optional<Instant> at) {
        return at.map(Instant::toString).orElse("");
    }

    private static String id(OptionalLong id) {
        return id.isPresent() ? String.valueOf(id.getAsLong()) : "";
    }
}
