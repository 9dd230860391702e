package com.fieldwork.console.map;

import com.fieldwork.console.schedule.ScheduledVisit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What a pin says when the dispatcher hovers over it, the same on every map provider (a tooltip on
 * OpenStreetMap, a marker title on Google Maps). Clock times are the company's.
 */
public final class MarkerText {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private MarkerText() {
    }

    public static String job(ScheduledVisit job, ZoneId zone) {
        String when = job.planned()
                .map(s -> CLOCK.format(s.start().atZone(zone)) + "–" + CLOCK.format(s.end().atZone(zone)))
                .orElse("not scheduled");
        return job.number() + " · " + job.priority().label() + " · " + job.status().label() + "\n" + job.summary()
                + "\n" + job.siteName() + " · " + when + "\nClick to open";
    }

    public static String technician(TechnicianMarker tech, ZoneId zone) {
        return tech.name() + "\nlast seen " + CLOCK.format(tech.recordedAt().atZone(zone))
                + (tech.stale() ? " (phone silent)" : "") + "\nClick to show the day's route";
    }
}
