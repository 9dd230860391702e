package com.fieldwork.api.records;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

/**
 * A tiny local guard until the shared body reader lands: {@code ctx.bodyAsClass} turns the JSON text
 * {@code null} into a Java null, which a handler would trip over as a 500 instead of a 400.
 * Malformed JSON and wrong shapes already reach the ErrorMapper as Jackson errors (400).
 */
final class JsonBodies {

    private JsonBodies() {
    }

    static <T> T read(Context ctx, Class<T> type) {
        T body = ctx.bodyAsClass(type);
        if (body == null) {
            throw new BadRequestResponse("The request body must be a JSON object, not empty or null");
        }
        return body;
    }
}
