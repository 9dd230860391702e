package com.fieldwork.core.security;

import com.fieldwork.core.common.Actor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where API keys are kept, by the SHA-256 hex of the key. Creating and revoking are audited in the
 * same transaction; the audit never holds the key or its hash.
 */
public interface ApiKeyStore {

    /**
     * @param keyHash 64 lower-case hex characters
     * @throws com.fieldwork.core.common.ConflictException when another key has the name
     */
    ApiKey create(String name, String prefix, String keyHash, Role role, Actor createdBy, Instant at);

    /** The key with this hash, revoked or not; empty for a key never issued. */
    Optional<ApiKey> findByHash(String keyHash);

    Optional<ApiKey> find(long id);

    /** Every key, newest first. */
    List<ApiKey> list();

    /** @return false when there is no such key or it was already revoked */
    boolean revoke(long id, Actor actor, Instant at);

    /** Records that the key was just used; not audited (it would be one audit row per request). */
    void touch(long id, Instant at);
}
