package com.fieldwork.db.billing;

import com.fieldwork.core.billing.InvoiceQuery;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import java.time.ZoneId;

import static com.fieldwork.db.jooq.Tables.CUSTOMER;
import static com.fieldwork.db.jooq.Tables.INVOICE;

/** A list query's filters as one SQL condition over invoice joined to customer. */
final class InvoiceFilters {

    private InvoiceFilters() {
    }

    /** @param zone the company's time zone, in which the issue days begin and end */
    static Condition matching(InvoiceQuery query, ZoneId zone) {
        Condition where = DSL.trueCondition();
        if (query.status().isPresent()) {
            where = where.and(INVOICE.STATUS.eq(query.status().get().name()));
        }
        if (query.customerText().isPresent()) {
            // containsIgnoreCase escapes % and _ in what was typed
            String text = query.customerText().get();
            where = where.and(CUSTOMER.NAME.containsIgnoreCase(text).or(CUSTOMER.NUMBER.containsIgnoreCase(text)));
        }
        if (query.issuedFrom().isPresent()) {
            where = where.and(INVOICE.ISSUED_AT.ge(query.issuedFrom().get().atStartOfDay(zone).toInstant()));
        }
        if (query.issuedTo().isPresent()) {
            where = where.and(INVOICE.ISSUED_AT.lt(query.issuedTo().get().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return where;
    }
}
