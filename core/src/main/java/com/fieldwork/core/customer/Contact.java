package com.fieldwork.core.customer;

import java.util.Objects;

/** A stored contact of a customer. */
public record Contact(long id, long customerId, NewContact details) {

    public Contact {
        Objects.requireNonNull(details, "details");
    }
}
