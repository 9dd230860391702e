package com.fieldwork.db.billing;

import com.fieldwork.core.billing.Coverage;
import com.fieldwork.core.billing.Invoice;
import com.fieldwork.core.billing.InvoiceKind;
import com.fieldwork.core.billing.InvoiceLine;
import com.fieldwork.core.billing.InvoiceLineKind;
import com.fieldwork.core.billing.InvoiceStatus;
import com.fieldwork.core.billing.InvoiceTotals;
import com.fieldwork.db.jooq.tables.records.InvoiceLineRecord;
import com.fieldwork.db.jooq.tables.records.InvoiceRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.CUSTOMER;
import static com.fieldwork.db.jooq.Tables.INVOICE;
import static com.fieldwork.db.jooq.Tables.INVOICE_LINE;
import static com.fieldwork.db.jooq.Tables.PAYMENT;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;
import static com.fieldwork.db.support.Optionals.ofLong;
import static com.fieldwork.db.support.Optionals.orNull;

/** Invoices read into core records (with lines, paid and credited sums) and lines written. */
final class InvoiceRows {

    private static final com.fieldwork.db.jooq.tables.Invoice CREDIT = INVOICE.as("credit");
    static final Field<BigDecimal> PAID = DSL.field(DSL.select(DSL.coalesce(DSL.sum(PAYMENT.AMOUNT), BigDecimal.ZERO))
            .from(PAYMENT).where(PAYMENT.INVOICE_ID.eq(INVOICE.ID))).as("paid");
    static final Field<BigDecimal> CREDITED = DSL.field(DSL.select(DSL.coalesce(DSL.sum(CREDIT.TOTAL), BigDecimal.ZERO))
            .from(CREDIT).where(CREDIT.CREDITED_INVOICE_ID.eq(INVOICE.ID)
                    .and(CREDIT.KIND.eq(InvoiceKind.CREDIT_NOTE.name()))
                    .and(CREDIT.STATUS.ne(InvoiceStatus.VOID.name())))).as("credited");

    private InvoiceRows() {
    }

    static Optional<Invoice> find(DSLContext dsl, long id) {
        return list(dsl, INVOICE.ID.eq(id), INVOICE.ID.asc(), 1).stream().findFirst();
    }

    static List<Invoice> list(DSLContext dsl, Condition where, SortField<?> order, int limit) {
        List<Record> rows = dsl.select(INVOICE.fields()).select(CUSTOMER.NAME, WORK_ORDER.NUMBER, PAID, CREDITED)
                .from(INVOICE)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(INVOICE.CUSTOMER_ID))
                .leftJoin(WORK_ORDER).on(WORK_ORDER.ID.eq(INVOICE.WORK_ORDER_ID))
                .where(where)
                .orderBy(order, INVOICE.ID)
                .limit(limit)
                .fetch().stream().map(r -> (Record) r).toList();
        Map<Long, List<InvoiceLine>> lines = lines(dsl, rows.stream().map(r -> r.get(INVOICE.ID)).toList());
        List<Invoice> invoices = new ArrayList<>(rows.size());
        for (Record row : rows) {
            invoices.add(invoice(row, lines.getOrDefault(row.get(INVOICE.ID), List.of())));
        }
        return invoices;
    }

    private static Map<Long, List<InvoiceLine>> lines(DSLContext dsl, List<Long> invoiceIds) {
        Map<Long, List<InvoiceLine>> byInvoice = new java.util.HashMap<>();
        if (invoiceIds.isEmpty()) {
            return byInvoice;
        }
        for (InvoiceLineRecord row : dsl.selectFrom(INVOICE_LINE).where(INVOICE_LINE.INVOICE_ID.in(invoiceIds))
                .orderBy(INVOICE_LINE.INVOICE_ID, INVOICE_LINE.SORT_ORDER).fetch()) {
            byInvoice.computeIfAbsent(row.getInvoiceId(), id -> new ArrayList<>()).add(new InvoiceLine(
                    InvoiceLineKind.valueOf(row.getKind()), row.getDescription(), ofLong(row.getPartId()),
                    row.getQuantity(), row.getUnitPrice(), row.getTaxRate()));
        }
        return byInvoice;
    }

    private static Invoice invoice(Record row, List<InvoiceLine> lines) {
        InvoiceKind kind = InvoiceKind.valueOf(row.get(INVOICE.KIND));
        boolean invoice = kind == InvoiceKind.INVOICE;
        return new Invoice(row.get(INVOICE.ID), row.get(INVOICE.BRANCH_ID), row.get(INVOICE.CUSTOMER_ID),
                row.get(CUSTOMER.NAME), ofLong(row.get(INVOICE.WORK_ORDER_ID)),
                Optional.ofNullable(row.get(WORK_ORDER.NUMBER)), kind, ofLong(row.get(INVOICE.CREDITED_INVOICE_ID)),
                Optional.ofNullable(row.get(INVOICE.NUMBER)), InvoiceStatus.valueOf(row.get(INVOICE.STATUS)),
                row.get(INVOICE.CURRENCY), lines, InvoiceTotals.of(lines),
                Optional.ofNullable(row.get(INVOICE.COVERAGE)).map(Coverage::valueOf),
                Optional.ofNullable(row.get(INVOICE.ISSUED_AT)), Optional.ofNullable(row.get(INVOICE.DUE_AT)),
                Optional.ofNullable(row.get(INVOICE.NOTES)),
                invoice ? row.get(PAID).setScale(2) : BigDecimal.ZERO.setScale(2),
                invoice ? row.get(CREDITED).setScale(2) : BigDecimal.ZERO.setScale(2),
                row.get(INVOICE.VERSION), row.get(INVOICE.CREATED_AT), row.get(INVOICE.UPDATED_AT));
    }

    /** Sets the stored totals from the lines: the columns aging and export sum up. */
    static InvoiceRecord withTotals(InvoiceRecord row, List<InvoiceLine> lines) {
        InvoiceTotals totals = InvoiceTotals.of(lines);
        return row.setSubtotal(totals.subtotal()).setTaxTotal(totals.taxTotal()).setTotal(totals.total());
    }

    /** Replaces the invoice's lines with {@code lines}, numbered from 1 in order. */
    static void writeLines(DSLContext tx, long invoiceId, List<InvoiceLine> lines) {
        tx.deleteFrom(INVOICE_LINE).where(INVOICE_LINE.INVOICE_ID.eq(invoiceId)).execute();
        if (lines.isEmpty()) {
            return;
        }
        var insert = tx.insertInto(INVOICE_LINE, INVOICE_LINE.INVOICE_ID, INVOICE_LINE.SORT_ORDER, INVOICE_LINE.KIND,
                INVOICE_LINE.DESCRIPTION, INVOICE_LINE.PART_ID, INVOICE_LINE.QUANTITY, INVOICE_LINE.UNIT_PRICE,
                INVOICE_LINE.TAX_RATE, INVOICE_LINE.LINE_TOTAL);
        short position = 0;
        for (InvoiceLine line : lines) {
            insert = insert.values(invoiceId, ++position, line.kind().name(), line.description(), orNull(line.partId()),
                    line.quantity(), line.unitPrice(), line.taxRate(), line.lineTotal());
        }
        insert.execute();
    }
}
