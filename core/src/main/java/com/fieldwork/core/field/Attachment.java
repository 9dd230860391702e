package com.fieldwork.core.field;

import com.fieldwork.core.common.GeoPoint;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** A stored file attached to a work order: a photo, the image of a signature, a document. */
public record Attachment(long id, long workOrderId, OptionalLong visitId, AttachmentKind kind, String fileName,
                         String mimeType, long sizeBytes, ContentHash contentHash, String storageKey,
                         Optional<String> caption, Optional<GeoPoint> location, long uploadedBy, Instant uploadedAt,
                         Optional<UUID> clientId) {

    public Attachment {
        Objects.requireNonNull(visitId, "visitId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(storageKey, "storageKey");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        Objects.requireNonNull(clientId, "clientId");
    }
}
