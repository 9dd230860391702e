package com.fieldwork.core.billing;

import java.util.Objects;

/** An accounting export: the CSV text and how many of each record it holds, for the accountant to check. */
public record AccountingExport(String csv, int invoices, int lines, int payments) {

    public AccountingExport {
        Objects.requireNonNull(csv, "csv");
    }
}
