package com.fieldwork.core.common;

import java.util.Objects;

/** Input that breaks a rule about a single value: a negative quantity, an end before a start. */
public final class ValidationException extends DomainException {

    private final String field;

    public ValidationException(String field, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The name of the offending field, as the caller knows it. */
    public String field() {
        return field;
    }

    @Override
    public String code() {
        return "validation_failed";
    }
}
