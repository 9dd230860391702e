package com.fieldwork.api.jobs;

/**
 * The body of {@code POST /api/v1/jobs/{id}/notes}. A blank {@code body} is refused by core's note rule
 * (one place for it), which names the field; {@code internal} defaults to false.
 */
public record NoteRequest(String body, Boolean internal) {

    boolean isInternal() {
        return Boolean.TRUE.equals(internal);
    }
}
