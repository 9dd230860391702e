package com.fieldwork.db;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the one database of truth lives. The URL decides the engine: {@code jdbc:h2:} for the
 * embedded default, {@code jdbc:postgresql:} for a shared server.
 */
public record DatabaseConfig(String url, String user, String password, int maxPoolSize) {

    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&;]*");

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

    /**
     * The URL for messages and logs: a password written into it (PostgreSQL's {@code ?password=}, H2's
     * {@code ;PASSWORD=}) is replaced by {@code ***}.
     */
    public String displayUrl() {
        return PASSWORD_IN_URL.matcher(url).replaceAll("$1***");
    }

    /** Never print the password: configuration gets logged. */
    @Override
    public String toString() {
        return "DatabaseConfig[url=" + displayUrl() + ", user=" + user + ", maxPoolSize=" + maxPoolSize + "]";
    }
}
