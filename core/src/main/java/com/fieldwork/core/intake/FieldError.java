package com.fieldwork.core.intake;

import java.util.Objects;

/** One bad field of a request, named by its JSON path ("customer.address.city"). */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
