package com.fieldwork.core.inventory;

public enum StockLocationKind {
    WAREHOUSE, VAN
}
