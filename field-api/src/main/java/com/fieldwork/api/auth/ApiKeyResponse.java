package com.fieldwork.api.auth;

import com.fieldwork.core.security.ApiKey;

import java.time.Instant;

/** A key in the admin list: never the key itself, only the prefix that tells keys apart. */
public record ApiKeyResponse(long id, String name, String prefix, String role, Instant createdAt, Instant lastUsedAt,
                             Instant revokedAt) {

    static ApiKeyResponse of(ApiKey key) {
        return new ApiKeyResponse(key.id(), key.name(), key.prefix(), key.role().name(), key.createdAt(),
                key.lastUsedAt().orElse(null), key.revokedAt().orElse(null));
    }
}
