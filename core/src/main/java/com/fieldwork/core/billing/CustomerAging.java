package com.fieldwork.core.billing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one customer owes on issued invoices, by days past the due date on the reporting day.
 * {@code notDue} is owed but not yet due; the four buckets are 0–30, 31–60, 61–90 and over 90 days past due.
 */
public record CustomerAging(long customerId, String customerNumber, String customerName, BigDecimal notDue,
                            BigDecimal days0to30, BigDecimal days31to60, BigDecimal days61to90, BigDecimal over90) {

    public CustomerAging {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(notDue, "notDue");
        Objects.requireNonNull(days0to30, "days0to30");
        Objects.requireNonNull(days31to60, "days31to60");
        Objects.requireNonNull(days61to90, "days61to90");
        Objects.requireNonNull(over90, "over90");
    }

    public BigDecimal outstanding() {
        return notDue.add(days0to30).add(days31to60).add(days61to90).add(over90);
    }
}
