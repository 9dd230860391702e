package com.fieldwork.core.customer;

import java.util.Objects;

/** A stored site of a customer. */
public record Site(long id, long customerId, SiteDetails details, long version) {

    public Site {
        Objects.requireNonNull(details, "details");
    }
}
