package com.fieldwork.core.dispatch.travel;

import com.fieldwork.core.common.ValidationException;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The knobs of the great-circle estimate.
 *
 * @param roadFactor  road km per great-circle km (about 1.3 in a US metro grid)
 * @param freeFlowKmh average door-to-door speed outside rush hours
 * @param rushKmh     average speed when leaving during a rush hour on a rush day
 * @param rushDays    days with rush hours (weekends drive free)
 * @param zone        the zone rush hours are read in (the company's)
 */
public record TravelSettings(double roadFactor, double freeFlowKmh, double rushKmh, List<RushHour> rushHours,
                             Set<DayOfWeek> rushDays, ZoneId zone) {

    public TravelSettings {
        if (!(roadFactor >= 1.0 && roadFactor <= 3.0)) {
            throw new ValidationException("roadFactor", "A road factor is between 1.0 and 3.0, got " + roadFactor);
        }
        positive("freeFlowKmh", freeFlowKmh);
        positive("rushKmh", rushKmh);
        rushHours = List.copyOf(rushHours);
        rushDays = Set.copyOf(rushDays);
        Objects.requireNonNull(zone, "zone");
    }

    /** Metro defaults: ×1.3 road factor, 45 km/h, 25 km/h 07:00–09:00 and 16:00–18:30 on weekdays. */
    public static TravelSettings defaults(ZoneId zone) {
        return new TravelSettings(1.3, 45, 25,
                List.of(new RushHour(LocalTime.of(7, 0), LocalTime.of(9, 0)),
                        new RushHour(LocalTime.of(16, 0), LocalTime.of(18, 30))),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY),
                zone);
    }

    private static void positive(String field, double kmh) {
        if (!(kmh > 0 && kmh <= 200)) {
            throw new ValidationException(field, "A speed is between 0 and 200 km/h, got " + kmh);
        }
    }
}
