package com.fieldwork.api.jobs;

import com.fieldwork.core.common.ValidationException;
import io.javalin.http.Context;

/** Reading ids and dates from paths and queries: a malformed one is a 400 naming it, never a 500. */
final class JobPaths {

    private JobPaths() {
    }

    static long workOrderId(Context ctx) {
        return positiveId("workOrderId", ctx.pathParam("workOrderId"));
    }

    /** The optional {@code technicianId} query parameter by which the office reads a technician's view. */
    static java.util.OptionalLong technicianId(Context ctx) {
        String raw = ctx.queryParam("technicianId");
        return raw == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(positiveId("technicianId", raw));
    }

    static long positiveId(String field, String raw) {
        try {
            long id = Long.parseLong(raw.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as a non-positive id
        }
        throw new ValidationException(field, field + " must be a positive whole number, got '" + raw + "'");
    }
}
