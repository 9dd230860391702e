package com.fieldwork.api;

import com.fieldwork.core.common.ValidationException;
import io.javalin.http.Context;

import java.util.Objects;

/**
 * The one way handlers read a JSON request body. An empty body and the JSON literal {@code null} are the
 * client's mistake, yet Javalin's Jackson mapper answers {@code null} with a bare NullPointerException (a
 * 500), so both are refused here as a 400 naming {@code body}. Malformed JSON and wrong shapes are left to
 * Jackson, whose errors the error mapper turns into a 400 naming the offending field; a request record's
 * compact constructor rejecting a value becomes that value's domain error.
 */
public final class JsonBody {

    private JsonBody() {
    }

    public static <T> T read(Context ctx, Class<T> type) {
        Objects.requireNonNull(type, "type");
        String body = ctx.body().strip();
        if (body.isEmpty() || "null".equals(body)) {
            throw new ValidationException("body", "The request body must be a JSON object");
        }
        T value = ctx.bodyAsClass(type);
        if (value == null) {
            // defensive: a mapper that maps some other input to null must not reach the handler
            throw new ValidationException("body", "The request body must be a JSON object");
        }
        return value;
    }
}
