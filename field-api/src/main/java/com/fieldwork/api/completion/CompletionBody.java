package com.fieldwork.api.completion;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.completion.CompletionRequest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The body of {@code POST /api/v1/jobs/{id}/complete}.
 *
 * @param version           the work order version the phone last read; optional, a stale one is a 409
 * @param completedAt       when the work was finished, with offset; the server's time when absent
 * @param lat               where, with {@code lon}: both or neither
 * @param firstTimeFix      fixed on this visit, no return trip needed (required: it is what the office reports on)
 * @param customerConfirmed the customer agreed the work is done (required)
 * @param summary           what was done; required for a job without a template
 * @param signatureId       which signature proves it; the job's latest when absent
 * @param photoIds          which photos prove it; all the job's photos when absent
 */
public record CompletionBody(Long version, OffsetDateTime completedAt, Double lat, Double lon, Boolean firstTimeFix,
                             Boolean customerConfirmed, String summary, Long signatureId, List<Long> photoIds) {

    public CompletionBody {
        if (firstTimeFix == null) {
            throw new ValidationException("firstTimeFix", "Say whether the job was fixed on this visit");
        }
        if (customerConfirmed == null) {
            throw new ValidationException("customerConfirmed", "Say whether the customer confirmed the work");
        }
        if ((lat == null) != (lon == null)) {
            throw new ValidationException(lat == null ? "lat" : "lon", "A position needs both lat and lon");
        }
    }

    public CompletionRequest toRequest() {
        return new CompletionRequest(version == null ? OptionalLong.empty() : OptionalLong.of(version),
                Optional.ofNullable(completedAt).map(OffsetDateTime::toInstant),
                lat == null ? Optional.empty() : Optional.of(new GeoPoint(lat, lon)),
                firstTimeFix, customerConfirmed, Optional.ofNullable(summary),
                signatureId == null ? OptionalLong.empty() : OptionalLong.of(signatureId),
                Optional.ofNullable(photoIds));
    }
}
