package com.fieldwork.core.billing;

import com.fieldwork.core.common.ValidationException;

import java.util.Objects;

/**
 * An issued number: the branch code and the branch's own gapless counter, {@code DEN-000042}. Invoices and
 * credit notes share the counter, so a branch's documents form one unbroken series.
 */
public record InvoiceNumber(String branchCode, long sequence) {

    public InvoiceNumber {
        Objects.requireNonNull(branchCode, "branchCode");
        if (sequence < 1 || sequence > 99_999_999) {
            throw new ValidationException("number", "An invoice sequence runs from 1 to 99999999, got " + sequence);
        }
    }

    /** The number_sequence row whose lock hands out this branch's numbers. */
    public static String sequenceScope(long branchId) {
        return "INVOICE:" + branchId;
    }

    @Override
    public String toString() {
        return String.format("%s-%06d", branchCode, sequence);
    }
}
