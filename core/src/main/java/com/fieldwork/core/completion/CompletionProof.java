package com.fieldwork.core.completion;

import com.fieldwork.core.common.GeoPoint;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** What is stored as proof that the job was done: the completion_record row and the photos it relies on. */
public record CompletionProof(Instant completedAt, Optional<GeoPoint> location, boolean firstTimeFix,
                              boolean customerConfirmed, OptionalLong signatureId, List<Long> photoIds,
                              Optional<String> summary) {

    public CompletionProof {
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(signatureId, "signatureId");
        photoIds = List.copyOf(photoIds);
        Objects.requireNonNull(summary, "summary");
    }
}
