package com.fieldwork.core.common;

import java.util.Optional;

/** The checks every free-text field needs, worded the same everywhere. */
public final class Text {

    private Text() {
    }

    /** Trimmed, non-blank, at most {@code maxLength} characters. */
    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, capitalised(field) + " is required");
        }
        return limited(field, value.trim(), maxLength);
    }

    /** Blank becomes empty; otherwise trimmed and at most {@code maxLength} characters. */
    public static Optional<String> optional(String field, Optional<String> value, int maxLength) {
        if (value == null || value.isEmpty() || value.get().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(limited(field, value.get().trim(), maxLength));
    }

    private static String limited(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new ValidationException(field, capitalised(field) + " may have at most " + maxLength
                    + " characters, got " + value.length());
        }
        return value;
    }

    private static String capitalised(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
