package com.fieldwork.core.billing;

public enum PaymentMethod {
    CASH, CARD, BANK_TRANSFER, PAYMENT_LINK
}
