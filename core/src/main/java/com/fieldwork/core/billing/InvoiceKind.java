package com.fieldwork.core.billing;

public enum InvoiceKind {
    INVOICE, CREDIT_NOTE
}
