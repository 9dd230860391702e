package com.fieldwork.core.customer;

public enum CustomerKind {
    RESIDENTIAL, COMMERCIAL
}
