package com.fieldwork.core.common;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone else saved the record after the caller read it (optimistic locking). Nothing was
 * overwritten; the message names who changed it and when so the user can reload and decide.
 */
public final class ConcurrentModificationException extends DomainException {

    private final String entity;
    private final String id;
    private final long expectedVersion;
    private final long currentVersion;
    private final String changedBy;
    private final Instant changedAt;

    public ConcurrentModificationException(String entity, Object id, long expectedVersion, long currentVersion,
                                           String changedBy, Instant changedAt) {
        super(message(entity, id, expectedVersion, currentVersion, changedBy, changedAt));
        this.entity = Objects.requireNonNull(entity, "entity");
        this.id = String.valueOf(id);
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    private static String message(String entity, Object id, long expected, long current, String by, Instant at) {
        return entity + " " + id + " was changed by " + (by == null ? "someone else" : by)
                + (at == null ? "" : " at " + at)
                + " after you opened it (your version " + expected + ", now " + current
                + "); reload it and apply your change again";
    }

    public String entity() {
        return entity;
    }

    public String id() {
        return id;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public Optional<String> changedBy() {
        return Optional.ofNullable(changedBy);
    }

    public Optional<Instant> changedAt() {
        return Optional.ofNullable(changedAt);
    }

    @Override
    public String code() {
        return "concurrent_modification";
    }
}
