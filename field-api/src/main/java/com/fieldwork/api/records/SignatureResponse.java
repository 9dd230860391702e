package com.fieldwork.api.records;

import com.fieldwork.core.field.Signature;

import java.time.Instant;
import java.util.UUID;

public record SignatureResponse(long id, UUID clientId, long workOrderId, Long visitId, long attachmentId,
                                String signerName, Instant signedAt, Double lat, Double lon, String imageUrl) {

    static SignatureResponse of(Signature s) {
        return new SignatureResponse(s.id(), s.clientId().orElse(null), s.workOrderId(),
                s.visitId().isPresent() ? s.visitId().getAsLong() : null, s.attachmentId(), s.signerName(), s.signedAt(),
                s.location().map(p -> p.lat()).orElse(null), s.location().map(p -> p.lon()).orElse(null),
                "/api/v1/attachments/" + s.attachmentId());
    }
}
