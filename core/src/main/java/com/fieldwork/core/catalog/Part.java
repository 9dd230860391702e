package com.fieldwork.core.catalog;

import com.fieldwork.core.common.ValidationException;

import java.util.Objects;

/**
 * A stocked or sold part.
 *
 * @param version what an edit must present to prove it saw the latest values (optimistic locking);
 *                each saved edit raises it by one
 */
public record Part(long id, PartDetails details, long version) {

    public Part {
        Objects.requireNonNull(details, "details");
        if (id <= 0) {
            throw new ValidationException("id", "A part id must be positive, got " + id);
        }
    }

    public String sku() {
        return details.sku();
    }

    public String name() {
        return details.name();
    }

    public boolean active() {
        return details.active();
    }
}
