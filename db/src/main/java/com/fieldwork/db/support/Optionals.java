package com.fieldwork.db.support;

import java.util.Optional;
import java.util.OptionalLong;

/** Between nullable columns and the domain's Optionals, in one place. */
public final class Optionals {

    private Optionals() {
    }

    public static OptionalLong ofLong(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    public static Long orNull(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    public static <T> T orNull(Optional<T> value) {
        return value.orElse(null);
    }
}
