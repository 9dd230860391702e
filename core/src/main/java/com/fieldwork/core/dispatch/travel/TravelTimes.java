package com.fieldwork.core.dispatch.travel;

import com.fieldwork.core.common.GeoPoint;

import java.time.Duration;
import java.time.Instant;

/**
 * How far and how long between two places. The default estimates from the great-circle distance
 * ({@link GreatCircleTravelTimes}); a routing engine can be plugged in behind the same port.
 * Implementations must be deterministic: the same question always gets the same answer.
 */
public interface TravelTimes {

    /** Road distance in kilometres. */
    double roadKm(GeoPoint from, GeoPoint to);

    /** Driving time when leaving {@code from} at {@code departure}. */
    Duration drive(GeoPoint from, GeoPoint to, Instant departure);
}
