package com.fieldwork.core.security;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored API key as an administrator may see it: never the key itself nor its hash, only the
 * prefix that tells keys apart in a list.
 *
 * @param createdBy the admin who made it; calls with the key are audited under this user
 */
public record ApiKey(long id, String name, String prefix, Role role, long createdBy, Instant createdAt,
                     Optional<Instant> lastUsedAt, Optional<Instant> revokedAt) {

    public ApiKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    public boolean isRevoked() {
        return revokedAt.isPresent();
    }
}
