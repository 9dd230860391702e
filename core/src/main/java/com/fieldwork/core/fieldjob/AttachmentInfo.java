package com.fieldwork.core.fieldjob;

import com.fieldwork.core.field.AttachmentKind;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** What the phone lists of a file on a job; the bytes are fetched separately by id (content hash for caching). */
public record AttachmentInfo(long id, OptionalLong visitId, AttachmentKind kind, String fileName, String mimeType,
                             long sizeBytes, String contentHash, Optional<String> caption, long uploadedBy,
                             String uploadedByName, Instant uploadedAt) {

    public AttachmentInfo {
        Objects.requireNonNull(visitId, "visitId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(uploadedByName, "uploadedByName");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
    }
}
