package com.fieldwork.core.dispatch.conflict;

import com.fieldwork.core.common.TimeSlot;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How dispatch explanations write times: local clock time of the company, minutes rounded up. */
public final class Times {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_CLOCK = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");

    private Times() {
    }

    public static String clock(Instant instant, ZoneId zone) {
        return CLOCK.format(instant.atZone(zone));
    }

    public static String span(TimeSlot slot, ZoneId zone) {
        return clock(slot.start(), zone) + "–" + clock(slot.end(), zone);
    }

    public static String daySpan(TimeSlot slot, ZoneId zone) {
        return DAY_CLOCK.format(slot.start().atZone(zone)) + "–" + DAY_CLOCK.format(slot.end().atZone(zone));
    }

    /** "1 h 05 min" or "15 min"; a started minute counts, so 10 s late is "1 min", never "0 min". */
    public static String minutes(Duration duration) {
        long total = (duration.getSeconds() + 59) / 60;
        return total < 60 ? total + " min" : String.format("%d h %02d min", total / 60, total % 60);
    }
}
