package com.fieldwork.api.completion;

import com.fieldwork.core.completion.CompletedJob;
import com.fieldwork.core.completion.CompletionProof;
import com.fieldwork.core.common.GeoPoint;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** The completed job: its new version and the proof stored with it. */
public record CompletionResponse(long workOrderId, String status, long version, OffsetDateTime completedAt,
                                 Proof proof) {

    /** Nulls where the proof has no value, so the phone sees every field. */
    public record Proof(Long signatureId, List<Long> photoIds, boolean firstTimeFix, boolean customerConfirmed,
                        Double lat, Double lon, String summary) {

        static Proof of(CompletionProof p) {
            return new Proof(p.signatureId().isPresent() ? p.signatureId().getAsLong() : null, p.photoIds(),
                    p.firstTimeFix(), p.customerConfirmed(), p.location().map(GeoPoint::lat).orElse(null),
                    p.location().map(GeoPoint::lon).orElse(null), p.summary().orElse(null));
        }
    }

    static CompletionResponse of(CompletedJob job, ZoneId zone) {
        return new CompletionResponse(job.workOrder().id(), job.workOrder().status().name(), job.workOrder().version(),
                job.proof().completedAt().atZone(zone).toOffsetDateTime(), Proof.of(job.proof()));
    }
}
