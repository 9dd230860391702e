package com.fieldwork.core.field;

import com.fieldwork.core.common.ValidationException;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/** Whether a batch of pings may be stored: all of it or none, so a phone fixes and resends one batch. */
public final class LocationPingRule {

    /** A phone pinging every 30 s for a day sends under 3000; more in one request is a bug or an attack. */
    public static final int MAX_BATCH = 5000;

    private LocationPingRule() {
    }

    /** @throws ValidationException with field {@code pings[i].name} for the first bad value */
    public static void check(List<LocationPing> pings, Clock clock) {
        Objects.requireNonNull(pings, "pings");
        if (pings.isEmpty()) {
            throw new ValidationException("pings", "A batch needs at least one ping");
        }
        if (pings.size() > MAX_BATCH) {
            throw new ValidationException("pings", "A batch may hold at most " + MAX_BATCH + " pings, got " + pings.size());
        }
        for (int i = 0; i < pings.size(); i++) {
            check(i, Objects.requireNonNull(pings.get(i), "pings[" + i + "]"), clock);
        }
    }

    private static void check(int i, LocationPing ping, Clock clock) {
        // Written as !(in range) so NaN fails too.
        if (!(ping.lat() >= -90 && ping.lat() <= 90)) {
            throw invalid(i, "lat", "latitude must be between -90 and 90, got " + ping.lat());
        }
        if (!(ping.lon() >= -180 && ping.lon() <= 180)) {
            throw invalid(i, "lon", "longitude must be between -180 and 180, got " + ping.lon());
        }
        nonNegative(i, "accuracyM", ping.accuracyM(), Double.MAX_VALUE);
        nonNegative(i, "speedMps", ping.speedMps(), Double.MAX_VALUE);
        nonNegative(i, "headingDeg", ping.headingDeg(), 360);
        try {
            FieldClockRule.notInFuture("recordedAt", ping.recordedAt(), clock);
        } catch (ValidationException e) {
            throw invalid(i, "recordedAt", e.getMessage());
        }
    }

    private static void nonNegative(int i, String field, OptionalDouble value, double max) {
        if (value.isPresent() && !(value.getAsDouble() >= 0 && value.getAsDouble() <= max)) {
            throw invalid(i, field, field + " must be between 0 and " + (max == Double.MAX_VALUE ? "any" : max)
                    + ", got " + value.getAsDouble());
        }
    }

    private static ValidationException invalid(int index, String field, String problem) {
        return new ValidationException("pings[" + index + "]." + field, "Ping " + index + ": " + problem);
    }
}
