package com.fieldwork.core.common;

import java.util.Objects;

/** The thing asked for does not exist (or the caller may not know that it does). */
public final class NotFoundException extends DomainException {

    private final String entity;
    private final String id;

    public NotFoundException(String entity, Object id) {
        super("No " + Objects.requireNonNull(entity, "entity") + " with id " + id);
        this.entity = entity;
        this.id = String.valueOf(id);
    }

    public String entity() {
        return entity;
    }

    public String id() {
        return id;
    }

    @Override
    public String code() {
        return "not_found";
    }
}
