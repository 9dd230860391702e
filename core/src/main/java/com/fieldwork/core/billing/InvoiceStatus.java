package com.fieldwork.core.billing;

public enum InvoiceStatus {
    DRAFT, ISSUED, PAID, VOID
}
