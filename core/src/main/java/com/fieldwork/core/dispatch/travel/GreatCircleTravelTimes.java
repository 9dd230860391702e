package com.fieldwork.core.dispatch.travel;

import com.fieldwork.core.common.GeoPoint;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Great-circle distance × road factor, driven at the speed of the hour of departure. Crude but
 * deterministic and needs no network; the speed is that of the departure time for the whole trip
 * because metro trips are short against a rush hour.
 */
public final class GreatCircleTravelTimes implements TravelTimes {

    private final TravelSettings settings;

    public GreatCircleTravelTimes(TravelSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public double roadKm(GeoPoint from, GeoPoint to) {
        return from.distanceKm(to) * settings.roadFactor();
    }

    @Override
    public Duration drive(GeoPoint from, GeoPoint to, Instant departure) {
        double hours = roadKm(from, to) / speedKmh(departure);
        // whole seconds, rounded up: a plan that fits to the second must not be declared fine by rounding
        return Duration.ofSeconds((long) Math.ceil(hours * 3600));
    }

    double speedKmh(Instant departure) {
        ZonedDateTime local = departure.atZone(settings.zone());
        boolean rush = settings.rushDays().contains(local.getDayOfWeek())
                && settings.rushHours().stream().anyMatch(r -> r.includes(local.toLocalTime()));
        return rush ? settings.rushKmh() : settings.freeFlowKmh();
    }
}
