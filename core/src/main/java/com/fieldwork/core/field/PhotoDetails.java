package com.fieldwork.core.field;

import com.fieldwork.core.common.GeoPoint;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** What the phone says about a photo it uploads; the bytes come separately as a stream. */
public record PhotoDetails(UUID clientId, long workOrderId, OptionalLong visitId, String fileName,
                           Optional<String> caption, Optional<GeoPoint> location) {

    public PhotoDetails {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(visitId, "visitId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(location, "location");
    }

    NewPhoto stored(ImageType type, StoredContent content) {
        return new NewPhoto(clientId, workOrderId, visitId, fileName, caption, location, type, content);
    }
}
