package com.fieldwork.api.records;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.field.NewSignature;
import com.fieldwork.core.field.SignatureImage;

import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** The customer's signature: exactly one of {@code png} (base64) or {@code svg} (the strokes as SVG text). */
public record SignatureRequest(UUID clientId, String signerName, OffsetDateTime signedAt, Double lat, Double lon,
                               Long visitId, String png, String svg) {

    public NewSignature toSignature(long workOrderId) {
        LaborRequest.required(clientId, "clientId");
        LaborRequest.required(signerName, "signerName");
        LaborRequest.required(signedAt, "signedAt");
        if ((lat == null) != (lon == null)) {
            throw new ValidationException(lat == null ? "lat" : "lon", "Send both lat and lon, or neither");
        }
        Optional<GeoPoint> where = lat == null ? Optional.empty() : Optional.of(new GeoPoint(lat, lon));
        return new NewSignature(clientId, workOrderId, visitId == null ? OptionalLong.empty() : OptionalLong.of(visitId),
                signerName, signedAt.toInstant(), where, image());
    }

    private SignatureImage image() {
        if ((png == null) == (svg == null)) {
            throw new ValidationException("png", "Send the signature as either png (base64) or svg, exactly one");
        }
        if (svg != null) {
            return new SignatureImage.SvgStrokes(svg);
        }
        try {
            return new SignatureImage.Png(Base64.getMimeDecoder().decode(png));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("png", "png must be base64: " + e.getMessage());
        }
    }
}
