package com.fieldwork.console.billing;

import com.fieldwork.core.billing.InvoiceSheet;

/** Makes the printable invoice (a PDF) of a sheet; the launcher passes the documents module's renderer. */
@FunctionalInterface
public interface InvoicePrinter {

    byte[] render(InvoiceSheet sheet);
}
