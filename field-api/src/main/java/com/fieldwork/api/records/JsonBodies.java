package com.fieldwork.api.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fieldwork.api.JsonMapping;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

/**
 * A tiny local guard until the shared body reader lands: Javalin's {@code ctx.bodyAsClass} throws a
 * NullPointerException (a 500) on the JSON text {@code null}. Reading the text with the API's own mapper
 * keeps Javalin's size limit ({@code ctx.body()}) and lets Jackson's errors reach the ErrorMapper as 400s.
 */
final class JsonBodies {

    private static final ObjectMapper JSON = JsonMapping.objectMapper();

    private JsonBodies() {
    }

    static <T> T read(Context ctx, Class<T> type) {
        T body;
        try {
            body = JSON.readValue(ctx.body(), type);
        } catch (JsonProcessingException e) {
            // the ErrorMapper turns a read or shape error into a 400 that says where; rethrown unchecked as is
            throw new JsonBodyException(e);
        }
        if (body == null) {
            throw new BadRequestResponse("The request body must be a JSON object, not empty or null");
        }
        return body;
    }

    /** Carries Jackson's exception as the cause, which the ErrorMapper already looks at. */
    static final class JsonBodyException extends RuntimeException {
        JsonBodyException(JsonProcessingException cause) {
            super(cause.getOriginalMessage(), cause);
        }
    }
}
