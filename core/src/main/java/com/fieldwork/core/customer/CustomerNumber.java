package com.fieldwork.core.customer;

import com.fieldwork.core.common.ValidationException;

/** The number a customer quotes on the phone: C-000123, gapless, handed out in creation order. */
public final class CustomerNumber {

    /** The counter scope in which customer numbers are handed out. */
    public static final String SEQUENCE_SCOPE = "CUSTOMER";

    private CustomerNumber() {
    }

    public static String format(long sequence) {
        if (sequence < 1 || sequence > 999_999_999) {
            throw new ValidationException("number", "A customer sequence runs from 1 to 999999999, got " + sequence);
        }
        return String.format("C-%06d", sequence);
    }
}
