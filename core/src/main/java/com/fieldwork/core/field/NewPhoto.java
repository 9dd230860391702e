package com.fieldwork.core.field;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.Text;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A photo whose bytes are already in the {@link ContentStore}, to be recorded on a work order.
 *
 * @param clientId the id the phone gave the photo offline; uploading it again is a replay, not a copy
 * @param fileName as the phone named it, without any folder part; only for display and download
 */
public record NewPhoto(UUID clientId, long workOrderId, OptionalLong visitId, String fileName, Optional<String> caption,
                       Optional<GeoPoint> location, ImageType type, StoredContent content) {

    public NewPhoto {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(visitId, "visitId");
        fileName = Text.required("fileName", FileNames.baseName(Objects.requireNonNull(fileName, "fileName")), 255);
        caption = Text.optional("caption", caption, 500);
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(content, "content");
    }
}
