package com.fieldwork.core.customer;

import java.time.LocalDate;
import java.util.Objects;

/** Someone the work is done for and who gets the invoice. */
public record Customer(long id, String number, CustomerDetails details, long version) {

    public Customer {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(details, "details");
    }

    public String name() {
        return details.name();
    }

    /** Work under a service contract is not billed per job while the contract runs (through its last day). */
    public boolean underContractOn(LocalDate day) {
        return details.contractUntil().map(until -> !day.isAfter(until)).orElse(false);
    }
}
