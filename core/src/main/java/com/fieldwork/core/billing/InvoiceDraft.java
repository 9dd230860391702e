package com.fieldwork.core.billing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A computed draft before it is stored: lines, why it is not billed (if so) and a note saying so. */
public record InvoiceDraft(String currency, List<InvoiceLine> lines, Optional<Coverage> coverage,
                           Optional<String> notes) {

    public InvoiceDraft {
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(notes, "notes");
    }

    public InvoiceTotals totals() {
        return InvoiceTotals.of(lines);
    }
}
