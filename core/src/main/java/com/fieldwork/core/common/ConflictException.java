package com.fieldwork.core.common;

/**
 * The input is well formed but collides with what is already stored: a duplicate number,
 * a reference to something that is gone, a record still in use.
 */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String code() {
        return "conflict";
    }
}
