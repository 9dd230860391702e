package com.fieldwork.db;

import java.util.Objects;

/**
 * Where the one database of truth lives. The URL decides the engine: {@code jdbc:h2:} for the
 * embedded default, {@code jdbc:postgresql:} for a shared server.
 */
public record DatabaseConfig(String url, String user, String password, int maxPoolSize) {

    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1, was " + maxPoolSize);
        }
        Engine.of(url);
    }

    public Engine engine() {
        return Engine.of(url);
    }

    /** Never print the password: configuration gets logged. */
    @Override
    public String toString() {
        return "DatabaseConfig[url=" + url + ", user=" + user + ", maxPoolSize=" + maxPoolSize + "]";
    }
}
