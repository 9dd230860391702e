package com.fieldwork.core.security;

import com.fieldwork.core.common.DomainException;

import java.time.Duration;
import java.util.Objects;

/** Sign-in is refused for a while after too many failures; the caller learns how long to wait. */
public final class TooManyAttemptsException extends DomainException {

    private final Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + seconds(Objects.requireNonNull(retryAfter, "retryAfter"))
                + " seconds");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up and at least 1, as an HTTP {@code Retry-After} header wants them. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration d) {
        long whole = d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
        return Math.max(1, whole);
    }

    @Override
    public String code() {
        return "too_many_attempts";
    }
}
