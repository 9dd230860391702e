package com.fieldwork.core.field;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.Text;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** The customer signing on the phone: who, when, where, and the image of the signature. */
public record NewSignature(UUID clientId, long workOrderId, OptionalLong visitId, String signerName, Instant signedAt,
                           Optional<GeoPoint> location, SignatureImage image) {

    public NewSignature {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(visitId, "visitId");
        signerName = Text.required("signerName", signerName, 200);
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(image, "image");
    }
}
