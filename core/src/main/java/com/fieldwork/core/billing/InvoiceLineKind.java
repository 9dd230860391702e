package com.fieldwork.core.billing;

public enum InvoiceLineKind {
    LABOR, PART, FEE, DISCOUNT
}
