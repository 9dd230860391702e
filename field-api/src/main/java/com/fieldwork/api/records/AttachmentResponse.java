package com.fieldwork.api.records;

import com.fieldwork.core.field.Attachment;

import java.time.Instant;
import java.util.UUID;

/** A stored photo as the phone sees it: where to download it and the hash it was stored under. */
public record AttachmentResponse(long id, UUID clientId, long workOrderId, Long visitId, String kind, String fileName,
                                 String mimeType, long sizeBytes, String contentHash, String caption, Double lat,
                                 Double lon, long uploadedBy, Instant uploadedAt, String url) {

    public static AttachmentResponse of(Attachment a) {
        return new AttachmentResponse(a.id(), a.clientId().orElse(null), a.workOrderId(),
                a.visitId().isPresent() ? a.visitId().getAsLong() : null, a.kind().name(), a.fileName(), a.mimeType(),
                a.sizeBytes(), a.contentHash().hex(), a.caption().orElse(null),
                a.location().map(p -> p.lat()).orElse(null), a.location().map(p -> p.lon()).orElse(null),
                a.uploadedBy(), a.uploadedAt(), "/api/v1/attachments/" + a.id());
    }
}
