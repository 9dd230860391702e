package com.fieldwork.core.billing;

import java.util.List;

/**
 * One page of a list of invoices.
 *
 * @param matching how many invoices match the filters in all (every page)
 */
public record InvoicePage(List<Invoice> invoices, int matching) {

    public InvoicePage {
        invoices = List.copyOf(invoices);
    }

    /** Whether more pages follow this one. */
    public boolean hasMore(int shownSoFar) {
        return shownSoFar < matching;
    }
}
