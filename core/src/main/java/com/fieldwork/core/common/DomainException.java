package com.fieldwork.core.common;

/**
 * A rule of the business said no. Each subclass carries a stable machine-readable {@link #code()}
 * (the API puts it in {@code {"error": code}}) and a sentence a user can act on.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }

    protected DomainException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A short, stable identifier such as {@code not_found} or {@code invalid_transition}. */
    public abstract String code();
}
