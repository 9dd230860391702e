package com.fieldwork.core.security;

import com.fieldwork.core.common.Actor;

import java.time.Instant;
import java.util.Objects;

/**
 * The answer to a good sign-in. The plain token exists only here, on its way to the client: it is
 * stored hashed and can never be shown again.
 *
 * @param token     what the client sends back as {@code Authorization: Bearer <token>}
 * @param expiresAt when it stops working
 * @param actor     who signed in, with the technician profile of a technician
 */
public record IssuedToken(String token, Instant expiresAt, Actor actor) {

    public IssuedToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(actor, "actor");
    }

    /** Keeps the token out of log lines and assertion messages. */
    @Override
    public String toString() {
        return "IssuedToken[token=(hidden), expiresAt=" + expiresAt + ", actor=" + actor.username() + "]";
    }
}
