package com.fieldwork.core.billing;

import com.fieldwork.core.common.ValidationException;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Which invoices and credit notes to list, newest first, one page at a time.
 *
 * @param customerText part of the customer's name or number, any case
 * @param issuedFrom   first day of issue (company time zone), inclusive; drafts have no issue day
 * @param issuedTo     last day of issue, inclusive
 * @param beforeId     the page after the one ending with this id (keyset paging: a new invoice in between
 *                     neither repeats nor skips a row)
 * @param limit        page size
 */
public record InvoiceQuery(Optional<InvoiceStatus> status, Optional<String> customerText, Optional<LocalDate> issuedFrom,
                           Optional<LocalDate> issuedTo, OptionalLong beforeId, int limit) {

    public InvoiceQuery {
        Objects.requireNonNull(status, "status");
        customerText = Objects.requireNonNull(customerText, "customerText").map(String::strip).filter(t -> !t.isEmpty());
        Objects.requireNonNull(issuedFrom, "issuedFrom");
        Objects.requireNonNull(issuedTo, "issuedTo");
        Objects.requireNonNull(beforeId, "beforeId");
        if (issuedFrom.isPresent() && issuedTo.isPresent() && issuedFrom.get().isAfter(issuedTo.get())) {
            throw new ValidationException("issuedFrom", "The period starts after it ends: " + issuedFrom.get()
                    + " is after " + issuedTo.get());
        }
        if (limit < 1) {
            throw new ValidationException("limit", "A page holds at least one invoice, got " + limit);
        }
    }

    public static InvoiceQuery all(int limit) {
        return new InvoiceQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                OptionalLong.empty(), limit);
    }

    /** The same filters, the page after {@code lastId}. */
    public InvoiceQuery after(long lastId) {
        return new InvoiceQuery(status, customerText, issuedFrom, issuedTo, OptionalLong.of(lastId), limit);
    }
}
