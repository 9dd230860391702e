package com.fieldwork.core.catalog;

/** What one price list row prices: a part, an hour of labour for a service type, or a fixed fee. */
public enum PriceItemKind {
    PART, LABOR, FEE
}
