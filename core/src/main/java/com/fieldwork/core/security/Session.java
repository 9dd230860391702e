package com.fieldwork.core.security;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One sign-in on one device, as stored. The token itself is never here: only its hash is kept, so a
 * copy of the database cannot be replayed as someone's session.
 *
 * @param id        the stored row's id, used in the audit log instead of the token
 * @param userId    whose session it is
 * @param createdAt when the user signed in
 * @param expiresAt when the token stops working even if nobody signs out
 * @param revokedAt when the user signed out, if they did
 */
public record Session(long id, long userId, Instant createdAt, Instant expiresAt, Optional<Instant> revokedAt) {

    /** Why a stored session does or does not let its bearer in at a given moment. */
    public enum State {
        ACTIVE, REVOKED, EXPIRED
    }

    public Session {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("A session must expire after it starts: " + createdAt + " / " + expiresAt);
        }
    }

    /** Revocation wins over expiry: a signed-out token says so even after its time is up. */
    public State stateAt(Instant now) {
        if (revokedAt.isPresent() && !revokedAt.get().isAfter(now)) {
            return State.REVOKED;
        }
        return now.isBefore(expiresAt) ? State.ACTIVE : State.EXPIRED;
    }
}
