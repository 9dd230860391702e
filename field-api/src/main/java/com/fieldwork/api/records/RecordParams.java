package com.fieldwork.api.records;

import com.fieldwork.core.common.ValidationException;
import io.javalin.http.Context;

import java.util.OptionalLong;
import java.util.UUID;

/** Path and query parameters of the record routes, each rejected as a 400 naming the parameter. */
final class RecordParams {

    private RecordParams() {
    }

    static UUID uuid(String text, String name) {
        try {
            UUID id = UUID.fromString(text);
            // UUID.fromString accepts short forms like "1-1-1-1-1"; a phone always sends the canonical 36 characters
            if (!id.toString().equalsIgnoreCase(text)) {
                throw new IllegalArgumentException(text);
            }
            return id;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ValidationException(name, name + " must be a UUID such as 3f2b9c0e-8a51-4c1e-9f0d-2b7c1a6e5d40, got '"
                    + text + "'");
        }
    }

    static long pathLong(Context ctx, String name) {
        return parseLong(ctx.pathParam(name), name);
    }

    static long requiredLong(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            throw new ValidationException(name, "The query parameter " + name + " is required");
        }
        return parseLong(text, name);
    }

    static OptionalLong optionalLong(Context ctx, String name) {
        String text = ctx.queryParam(name);
        return text == null || text.isBlank() ? OptionalLong.empty() : OptionalLong.of(parseLong(text, name));
    }

    static PhotoController.OptionalDoubleParam optionalDouble(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return new PhotoController.OptionalDoubleParam(false, 0);
        }
        try {
            return new PhotoController.OptionalDoubleParam(true, Double.parseDouble(text));
        } catch (NumberFormatException e) {
            throw new ValidationException(name, name + " must be a number, got '" + text + "'");
        }
    }

    private static long parseLong(String text, String name) {
        try {
            long value = Long.parseLong(text);
            if (value <= 0) {
                throw new NumberFormatException(text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ValidationException(name, name + " must be a positive whole number, got '" + text + "'");
        }
    }
}
