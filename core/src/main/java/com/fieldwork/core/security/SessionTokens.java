package com.fieldwork.core.security;

import com.fieldwork.core.common.Actor;

import java.time.Instant;
import java.util.Optional;

/**
 * Where sessions are kept, by the SHA-256 hex of their token. Issuing and revoking each write the
 * audit log in the same transaction as the session row; the audit never holds the token or its hash.
 */
public interface SessionTokens {

    /**
     * Stores a new session for {@code actor}, audited as the actor's "login".
     *
     * @param tokenHash 64 lower-case hex characters
     * @param userAgent what the client said it is, shortened to fit; empty when it said nothing
     */
    Session issue(Actor actor, String tokenHash, Instant createdAt, Instant expiresAt, Optional<String> userAgent);

    /** The session with this token hash, whatever its state; empty for a token never issued. */
    Optional<Session> find(String tokenHash);

    /**
     * Marks the session signed out, audited as the actor's "logout".
     *
     * @return false when there was no such session or it was already revoked
     */
    boolean revoke(String tokenHash, Instant at, Actor actor);
}
