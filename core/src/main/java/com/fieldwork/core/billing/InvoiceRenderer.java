package com.fieldwork.core.billing;

/** Draws a printed invoice (the documents module's InvoicePdf): core names the need, not the library. */
@FunctionalInterface
public interface InvoiceRenderer {

    byte[] render(InvoiceSheet sheet);
}
