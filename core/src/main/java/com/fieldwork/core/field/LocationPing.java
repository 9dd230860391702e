package com.fieldwork.core.field;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One position a phone reported. Deliberately not range-checked here: pings arrive in batches, and
 * {@link LocationPingRule} rejects a batch naming the index of the bad one, which a constructor cannot.
 */
public record LocationPing(Instant recordedAt, double lat, double lon, OptionalDouble accuracyM,
                           OptionalDouble speedMps, OptionalDouble headingDeg) {

    public LocationPing {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(accuracyM, "accuracyM");
        Objects.requireNonNull(speedMps, "speedMps");
        Objects.requireNonNull(headingDeg, "headingDeg");
    }

    public static LocationPing at(Instant recordedAt, double lat, double lon) {
        return new LocationPing(recordedAt, lat, lon, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }
}
