package com.fieldwork.console.workorder.records;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the records tabs write times and lengths of time, in the company's zone. */
final class RecordTimes {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final ZoneId zone;

    RecordTimes(ZoneId zone) {
        this.zone = zone;
    }

    String when(Instant instant) {
        return WHEN.format(instant.atZone(zone));
    }

    /** Without the year, for a table's second line: "3 Mar 08:10". */
    String shortWhen(Instant instant) {
        return SHORT.format(instant.atZone(zone));
    }

    /** "3 Mar 2026 08:10–09:45", or with both dates when it ran past midnight. */
    String span(Instant start, Instant end) {
        boolean sameDay = start.atZone(zone).toLocalDate().equals(end.atZone(zone).toLocalDate());
        return when(start) + "–" + (sameDay ? CLOCK.format(end.atZone(zone)) : when(end));
    }

    /** "1 h 35 min", "40 min". */
    static String length(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes < 60 ? minutes + " min"
                : minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
}
