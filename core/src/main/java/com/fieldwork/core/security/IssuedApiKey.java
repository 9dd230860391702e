package com.fieldwork.core.security;

import java.util.Objects;

/**
 * A new API key on its way to the admin who asked for it. The plain key exists only here: it is
 * stored as its {@link TokenHash} and can never be shown again.
 */
public record IssuedApiKey(ApiKey key, String plaintext) {

    public IssuedApiKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(plaintext, "plaintext");
    }

    /** Keeps the key out of log lines and assertion messages. */
    @Override
    public String toString() {
        return "IssuedApiKey[key=" + key + ", plaintext=(hidden)]";
    }
}
