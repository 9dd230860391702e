package com.fieldwork.db.billing;

import com.fieldwork.core.billing.CustomerAging;
import com.fieldwork.core.billing.InvoiceKind;
import com.fieldwork.core.billing.InvoiceStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.fieldwork.db.jooq.Tables.CUSTOMER;
import static com.fieldwork.db.jooq.Tables.INVOICE;
import static com.fieldwork.db.jooq.Tables.PAYMENT;

/**
 * Aging in one grouped query: each issued invoice's outstanding amount (total less payments less credit
 * notes, from two grouped derived tables rather than per-row lookups) summed per customer into buckets by how
 * long ago it fell due. Bucket edges are instants computed here, so the SQL needs no engine's date arithmetic:
 * days past due = whole days between due_at and {@code asOf}; 0–30 means due up to 31 days ago.
 */
final class InvoiceAging {

    private InvoiceAging() {
    }

    static List<CustomerAging> asOf(DSLContext dsl, Instant asOf) {
        var paid = DSL.select(PAYMENT.INVOICE_ID, DSL.sum(PAYMENT.AMOUNT).as("amount"))
                .from(PAYMENT).groupBy(PAYMENT.INVOICE_ID).asTable("paid");
        var credit = INVOICE.as("credit");
        var credited = DSL.select(credit.CREDITED_INVOICE_ID, DSL.sum(credit.TOTAL).as("amount"))
                .from(credit)
                .where(credit.KIND.eq(InvoiceKind.CREDIT_NOTE.name()).and(credit.STATUS.ne(InvoiceStatus.VOID.name())))
                .groupBy(credit.CREDITED_INVOICE_ID).asTable("credited");
        Field<BigDecimal> outstanding = INVOICE.TOTAL
                .minus(DSL.coalesce(paid.field("amount", BigDecimal.class), BigDecimal.ZERO))
                .minus(DSL.coalesce(credited.field("amount", BigDecimal.class), BigDecimal.ZERO));
        Instant edge30 = asOf.minus(Duration.ofDays(31));
        Instant edge60 = asOf.minus(Duration.ofDays(61));
        Instant edge90 = asOf.minus(Duration.ofDays(91));
        var notDue = bucket(outstanding, INVOICE.DUE_AT.gt(asOf)).as("not_due");
        var days0 = bucket(outstanding, INVOICE.DUE_AT.le(asOf).and(INVOICE.DUE_AT.gt(edge30))).as("d0");
        var days31 = bucket(outstanding, INVOICE.DUE_AT.le(edge30).and(INVOICE.DUE_AT.gt(edge60))).as("d31");
        var days61 = bucket(outstanding, INVOICE.DUE_AT.le(edge60).and(INVOICE.DUE_AT.gt(edge90))).as("d61");
        var over90 = bucket(outstanding, INVOICE.DUE_AT.le(edge90)).as("d91");
        return dsl.select(CUSTOMER.ID, CUSTOMER.NUMBER, CUSTOMER.NAME, notDue, days0, days31, days61, over90)
                .from(INVOICE)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(INVOICE.CUSTOMER_ID))
                .leftJoin(paid).on(paid.field(PAYMENT.INVOICE_ID).eq(INVOICE.ID))
                .leftJoin(credited).on(credited.field(credit.CREDITED_INVOICE_ID).eq(INVOICE.ID))
                .where(INVOICE.KIND.eq(InvoiceKind.INVOICE.name()).and(INVOICE.STATUS.eq(InvoiceStatus.ISSUED.name())))
                .groupBy(CUSTOMER.ID, CUSTOMER.NUMBER, CUSTOMER.NAME)
                .having(DSL.sum(outstanding).gt(BigDecimal.ZERO))
                .orderBy(CUSTOMER.NAME, CUSTOMER.ID)
                .fetch(r -> new CustomerAging(r.get(CUSTOMER.ID), r.get(CUSTOMER.NUMBER), r.get(CUSTOMER.NAME),
                        money(r.get(notDue)), money(r.get(days0)), money(r.get(days31)), money(r.get(days61)),
                        money(r.get(over90))));
    }

    private static Field<BigDecimal> bucket(Field<BigDecimal> outstanding, Condition when) {
        return DSL.coalesce(DSL.sum(DSL.when(when, outstanding).otherwise(BigDecimal.ZERO)), BigDecimal.ZERO);
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2);
    }
}
