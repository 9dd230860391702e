package com.fieldwork.core.field;

import com.fieldwork.core.common.GeoPoint;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** A captured signature; its image is the attachment {@code attachmentId}. */
public record Signature(long id, long workOrderId, OptionalLong visitId, long attachmentId, String signerName,
                        Instant signedAt, Optional<GeoPoint> location, Optional<UUID> clientId) {

    public Signature {
        Objects.requireNonNull(visitId, "visitId");
        Objects.requireNonNull(signerName, "signerName");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(clientId, "clientId");
    }
}
