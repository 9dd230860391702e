package com.fieldwork.core.inventory;

public enum ReservationStatus {
    ACTIVE, CONSUMED, RELEASED
}
