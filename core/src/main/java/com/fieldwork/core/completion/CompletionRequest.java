package com.fieldwork.core.completion;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.Text;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A technician's "job done", with the proof they offer.
 *
 * @param expectedVersion the version the phone last read; without it the current one is taken (last write wins)
 * @param completedAt     when the work was finished on the phone; now when absent
 * @param signatureId     the signature to attach; the job's latest signature when absent
 * @param photoIds        the photos to attach; all of the job's photos when absent
 */
public record CompletionRequest(OptionalLong expectedVersion, Optional<Instant> completedAt,
                                Optional<GeoPoint> location, boolean firstTimeFix, boolean customerConfirmed,
                                Optional<String> summary, OptionalLong signatureId, Optional<List<Long>> photoIds) {

    public CompletionRequest {
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(location, "location");
        // completion_record.summary is varchar(4000)
        summary = Text.optional("summary", summary, 4000).filter(s -> !s.isBlank());
        Objects.requireNonNull(signatureId, "signatureId");
        photoIds = photoIds.map(List::copyOf);
    }
}
