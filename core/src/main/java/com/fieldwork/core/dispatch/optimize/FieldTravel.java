package com.fieldwork.core.dispatch.optimize;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.dispatch.travel.TravelTimes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The field's travel as the solver's matrix: road km between every pair of places, precomputed, and a
 * driving time of km × the seconds-per-km of the departure minute. The per-minute pace is measured once
 * from the {@link TravelTimes} port on a long probe trip, taking the slower end of each minute, and a second
 * is added to every drive: the solver's times are never shorter than the port's, so a plan it finds
 * feasible stays feasible when the board's rules recheck it. (For a port whose times are not proportional
 * to distance the estimate can be off; the final check by the conflict rules still catches that.)
 */
final class FieldTravel implements RoutingTravel {

    private static final GeoPoint PROBE_FROM = new GeoPoint(0, 0);
    private static final GeoPoint PROBE_TO = new GeoPoint(0, 9);

    private final int n;
    private final float[] km;
    private final long profileStart;
    private final double[] secondsPerKm;
    private final double slowest;

    FieldTravel(List<GeoPoint> places, TravelTimes travel, LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
        n = places.size();
        km = new float[n * n];
        for (int a = 0; a < n; a++) {
            GeoPoint from = places.get(a);
            for (int b = 0; b < n; b++) {
                km[a * n + b] = a == b ? 0f : (float) travel.roadKm(from, places.get(b));
            }
        }
        profileStart = firstDay.minusDays(1).atStartOfDay(zone).toEpochSecond();
        long profileEnd = lastDay.plusDays(2).atStartOfDay(zone).toEpochSecond();
        int minutes = (int) ((profileEnd - profileStart) / 60);
        secondsPerKm = new double[minutes];
        double probeKm = travel.roadKm(PROBE_FROM, PROBE_TO);
        double max = 0;
        for (int m = 0; m < minutes; m++) {
            long at = profileStart + 60L * m;
            long slower = Math.max(seconds(travel, at), seconds(travel, at + 59));
            secondsPerKm[m] = (double) slower / probeKm;
            max = Math.max(max, secondsPerKm[m]);
        }
        slowest = max;
    }

    private static long seconds(TravelTimes travel, long epochSecond) {
        return travel.drive(PROBE_FROM, PROBE_TO, Instant.ofEpochSecond(epochSecond)).getSeconds();
    }

    @Override
    public double distance(int from, int to) {
        return km[from * n + to];
    }

    @Override
    public double time(int from, int to, double departure) {
        if (from == to) {
            return 0;
        }
        int minute = (int) Math.floor((departure - profileStart) / 60);
        double pace = minute >= 0 && minute < secondsPerKm.length ? secondsPerKm[minute] : slowest;
        // the port rounds up to whole seconds from the double km; the float matrix may be a hair short
        return Math.ceil(km[from * n + to] * 1.000001 * pace) + 1;
    }

    @Override
    public boolean timeDependent() {
        return true;
    }
}
