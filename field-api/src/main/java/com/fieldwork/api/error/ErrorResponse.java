package com.fieldwork.api.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of every response that is not a success, whatever went wrong.
 *
 * @param error   a short, stable, machine-readable code such as {@code not_found}; clients branch on it
 * @param message a sentence a person can act on
 * @param details extra facts for the client (the offending field, who changed a record); empty when none
 */
public record ErrorResponse(String error, String message, Map<String, Object> details) {

    public ErrorResponse {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(message, "message");
        // insertion order is kept so the JSON reads in the order the mapper wrote it
        details = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(details, "details")));
    }

    public static ErrorResponse of(String error, String message) {
        return new ErrorResponse(error, message, Map.of());
    }
}
